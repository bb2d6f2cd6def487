/** How a grant's scope reads: "All resources", "Global services", or the project names. */
import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Scope } from '@/iam';
import { useEnterpriseProjects, useProjects } from '@/api/resources/projects';

/** A scope as one line of text (for accessible names): "All resources", "Region project: cn-north-4, …". */
export function useScopeLabel(): (scope: Scope) => string {
  const { t } = useTranslation('iam');
  const projects = useProjects();
  const eps = useEnterpriseProjects();
  return (scope) => {
    if (scope.type === 'all' || scope.type === 'global') return t(`scope.${scope.type}`);
    const names = new Map((scope.type === 'projects' ? projects.data : eps.data)?.map((p) => [p.id, p.name]));
    const label = t(scope.type === 'projects' ? 'scope.projectsShort' : 'scope.enterpriseProjectsShort');
    return `${label}: ${scope.ids.map((id) => names.get(id) ?? id).join(', ')}`;
  };
}

export function ScopeText({ scope }: { scope: Scope }) {
  const { t } = useTranslation('iam');
  const projects = useProjects();
  const eps = useEnterpriseProjects();
  if (scope.type === 'all' || scope.type === 'global') {
    return <Badge variant="filled" color={scope.type === 'all' ? 'blue.9' : 'grape.9'} tt="none">{t(`scope.${scope.type}`)}</Badge>;
  }
  const names = new Map((scope.type === 'projects' ? projects.data : eps.data)?.map((p) => [p.id, p.name]));
  const label = t(scope.type === 'projects' ? 'scope.projectsShort' : 'scope.enterpriseProjectsShort');
  return (
    <Group gap={4}>
      {scope.ids.map((id) => (
        <Badge key={id} variant="default" tt="none">
          {label}: {names.get(id) ?? id}
        </Badge>
      ))}
    </Group>
  );
}
