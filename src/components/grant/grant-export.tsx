/**
 * The grants of Authorize / Attach to… as code (Copy as Terraform / KooCLI), generated from the
 * same planned grants the OK button applies (planGrants in scope.ts): agencies take them as
 * toAgencyGrant does, and a policy whose kind does not fit the scope is on All resources, as IAM
 * grants it.
 */
import { useApiScope } from '@/api/resources/persona';
import { toAgencyGrant, type GrantTarget, type GroupGrant } from '@/api/resources/grants';
import { useEnterpriseProjects, useProjects } from '@/api/resources/projects';
import { grantsToKooCli, grantsToTerraform, type GrantScope, type GrantsPlan } from '@/iam';
import { CodeExport } from '../export/code-export';

export interface GrantExportProps {
  title: string;
  principalType: 'group' | 'agency';
  /** Each grant's `groupId` names a group or agency: their names by id. */
  principalNames: ReadonlyMap<string, string>;
  roleNames: ReadonlyMap<string, string>;
  grants: readonly GroupGrant[];
}

export function GrantExport({ title, principalType, principalNames, roleNames, grants }: GrantExportProps) {
  const { domainId } = useApiScope();
  const projects = useProjects().data ?? [];
  const enterpriseProjects = useEnterpriseProjects().data ?? [];
  const scopeOf = (t: GrantTarget): GrantScope => {
    if (t.kind === 'project') return { kind: 'project', id: t.projectId, name: projects.find((p) => p.id === t.projectId)?.name ?? t.projectId };
    if (t.kind === 'enterpriseProject') return { kind: 'enterpriseProject', id: t.epId, name: enterpriseProjects.find((e) => e.id === t.epId)?.name ?? t.epId };
    return { kind: t.kind };
  };
  const plan = (): GrantsPlan => ({
    title,
    domainId: domainId ?? '',
    grants: grants.map((g) => ({
      principal: { type: principalType, id: g.groupId, name: principalNames.get(g.groupId) ?? g.groupId },
      role: { id: g.roleId, name: roleNames.get(g.roleId) ?? g.roleId },
      scope: scopeOf(principalType === 'agency' ? toAgencyGrant(g).target : g.target),
    })),
  });
  return <CodeExport generate={(format) => (format === 'terraform' ? grantsToTerraform(plan()) : grantsToKooCli(plan()))} />;
}
