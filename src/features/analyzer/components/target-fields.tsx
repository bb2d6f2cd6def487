/** "Region" (region project) and "Workspace" selects, from the organisation snapshot. */
import { Select } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Snapshot } from '@/iam';

export interface TargetFieldsProps {
  snapshot: Snapshot;
  projectId: string;
  workspaceId: string;
  onProjectChange: (id: string) => void;
  onWorkspaceChange: (id: string) => void;
}

export const TargetFields = memo(function TargetFields({ snapshot, projectId, workspaceId, onProjectChange, onWorkspaceChange }: TargetFieldsProps) {
  const { t } = useTranslation('analyzer');
  const epName = (id: string) => snapshot.enterpriseProjects.find((e) => e.id === id)?.name ?? id;
  return (
    <>
      <Select
        label={t('field.region')}
        data={snapshot.projects.map((p) => ({ value: p.id, label: p.name }))}
        value={projectId}
        onChange={(v) => v && onProjectChange(v)}
        allowDeselect={false}
        w={{ base: '100%', sm: 180 }}
      />
      <Select
        label={t('field.workspace')}
        data={snapshot.workspaces.map((w) => ({ value: w.id, label: t('field.workspaceOption', { name: w.name, type: t(`authType.${w.authType}`), ep: epName(w.enterpriseProjectId) }) }))}
        value={workspaceId}
        onChange={(v) => v && onWorkspaceChange(v)}
        allowDeselect={false}
        searchable
        w={{ base: '100%', sm: 300 }}
      />
    </>
  );
});
