/**
 * A fix plan (fix-plan.ts) with what the organisation snapshot knows — ids, the region project's
 * name, the agency's current grants — as the engine's ChangePlan, the input of the Terraform and
 * KooCLI generators (src/iam/export). Pure.
 */
import type { AgencyRoles, ChangePlan, Snapshot, SnapshotUser } from '@/iam';
import type { FixStep, GroupTarget } from './fix-plan';

export interface ChangePlanInput {
  snapshot: Snapshot;
  user: SnapshotUser;
  title: string;
  description: string;
  steps: readonly FixStep[];
  group: GroupTarget;
  agencyId: string | null;
  target: { projectId: string; domainId: string };
}

function agencyRoles(snapshot: Snapshot, agencyId: string): AgencyRoles {
  const name = (id: string) => snapshot.policies.find((p) => p.id === id)?.name ?? id;
  const roles: AgencyRoles = { domain: [], allResources: [], projects: [], enterpriseProjects: [] };
  const add = <K extends 'projects' | 'enterpriseProjects'>(list: K, label: string, role: string) => {
    if (list === 'projects') {
      const row = roles.projects.find((r) => r.project === label) ?? roles.projects[roles.projects.push({ project: label, roles: [] }) - 1]!;
      row.roles.push(role);
    } else {
      const row = roles.enterpriseProjects.find((r) => r.enterpriseProject === label) ?? roles.enterpriseProjects[roles.enterpriseProjects.push({ enterpriseProject: label, roles: [] }) - 1]!;
      row.roles.push(role);
    }
  };
  for (const a of snapshot.attachments) {
    if (a.principal.type !== 'agency' || a.principal.id !== agencyId) continue;
    const role = name(a.policyId);
    if (a.scope.type === 'global') roles.domain.push(role);
    else if (a.scope.type === 'all') roles.allResources.push(role);
    else if (a.scope.type === 'projects') for (const id of a.scope.ids) add('projects', snapshot.projects.find((p) => p.id === id)?.name ?? id, role);
    else for (const id of a.scope.ids) add('enterpriseProjects', snapshot.enterpriseProjects.find((e) => e.id === id)?.name ?? id, role);
  }
  return roles;
}

export function toChangePlan({ snapshot, user, title, description, steps, group, agencyId, target }: ChangePlanInput): ChangePlan {
  const policies = steps.flatMap((s) => (s.type === 'createPolicy' ? [{ key: s.policy.key, name: s.policy.name.trim(), description, kind: s.policy.kind, document: s.policy.document }] : []));
  const groupGrants = steps.flatMap((s) => (s.type === 'grantGroup' ? [s.policy.key] : []));
  const agencyGrants = steps.flatMap((s) => (s.type === 'grantAgency' ? [s.policy.key] : []));
  const agency = agencyId ? snapshot.agencies.find((a) => a.id === agencyId) : undefined;
  return {
    title,
    domainId: target.domainId,
    region: { projectId: target.projectId, projectName: snapshot.projects.find((p) => p.id === target.projectId)?.name ?? target.projectId },
    policies,
    ...(groupGrants.length > 0
      ? { group: group.kind === 'new' ? { kind: 'new' as const, name: group.name, description, user: { id: user.id, name: user.name } } : { kind: 'existing' as const, id: group.groupId, name: group.groupName } }
      : {}),
    groupGrants,
    ...(agency && agencyGrants.length > 0
      ? {
          agency: {
            id: agency.id,
            name: agency.name,
            delegate: agency.delegate ?? null,
            duration: agency.duration ?? null,
            description: agency.description ?? '',
            current: agencyRoles(snapshot, agency.id),
            grants: agencyGrants,
          },
        }
      : {}),
  };
}
