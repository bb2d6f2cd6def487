/**
 * Add Authorization / Modify as code (Copy as Terraform / KooCLI), generated from the same plan
 * that Create or Save runs (buildCreatePlan): the new agency with its grants by role and project
 * name, then the authorization row. The generator is a small module of its own, not the engine
 * (this dialog loads lazily: scripts/check-bundle.mjs).
 */
import type { Project, Role } from '@/api/contracts/iam';
import { CodeExport } from '@/components/export/code-export';
import { useSession } from '@/components/session/use-session';
import { MODELARTS_AGENCY_DESCRIPTION } from '@/api/resources/agencies';
import { authorizationsAsCode, type AuthorizationPlan } from '@/iam/export/authorizations';
import type { CreatePlan } from '../lib/add-authorization-form';

export interface AuthorizationExportProps {
  kind: 'add' | 'modify';
  title: string;
  /** The plan Create / Save would run. */
  plan: () => CreatePlan;
  roles: readonly Role[];
  projects: readonly Project[];
}

export function AuthorizationExport({ kind, title, plan, roles, projects }: AuthorizationExportProps) {
  const session = useSession();
  const projectName = (id: string) => projects.find((p) => p.id === id)?.name ?? id;
  const roleName = (id: string) => roles.find((r) => r.id === id)?.display_name ?? id;
  const toCode = (): AuthorizationPlan => {
    const p = plan();
    const body = p.authorization;
    const userType = body.user_type ?? 'iam';
    return {
      title,
      domainId: session.domainId ?? '',
      region: { projectId: session.projectId, name: projectName(session.projectId) },
      change: {
        kind,
        row: { userType, userId: userType === 'all-users' || userType === 'federate' ? null : (body.user_id ?? null), userName: body.user_name ?? null, agencyName: p.agencyName },
        newAgency: p.newAgency && {
          name: p.newAgency.name,
          description: MODELARTS_AGENCY_DESCRIPTION,
          grants: p.newAgency.grants.map((g) => ({
            role: { id: g.roleId, name: roleName(g.roleId) },
            scope: g.target.kind === 'domain' ? { kind: 'domain' as const } : { kind: 'project' as const, id: g.target.projectId, name: projectName(g.target.projectId) },
          })),
        },
      },
    };
  };
  return <CodeExport generate={(format) => authorizationsAsCode(toCode(), format)} />;
}
