/**
 * API responses → the engine's Snapshot (spec/snapshot.md). Pure. Stand-in for the shared
 * converter `src/api/org-snapshot.ts` (written concurrently by another engineer); same input
 * shape, so the hook switches to it with a one-line import change.
 */
import type { Agency, EnterpriseProject, Group, Project, Role, RoleAssignment, User } from '@/api/contracts/iam';
import type { Authorization, AuthModeValue, Workspace } from '@/api/contracts/modelarts';
import type { PolicyDocument, Scope, Snapshot, SnapshotAttachment } from '@/iam';

export interface OrgSnapshotInput {
  domain: { id: string; name: string };
  authMode: AuthModeValue;
  projects: Project[];
  enterpriseProjects: EnterpriseProject[];
  users: User[];
  groups: Group[];
  /** group id → ids of its members */
  memberships: Record<string, string[]>;
  roles: Role[];
  roleAssignments: RoleAssignment[];
  agencies: Agency[];
  authorizations: Authorization[];
  workspaces: Workspace[];
}

function scopeOf(a: RoleAssignment): Scope {
  const s = a.scope;
  if ('project' in s) return { type: 'projects', ids: [s.project.id] };
  if ('enterprise_project' in s) return { type: 'enterpriseProjects', ids: [s.enterprise_project.id] };
  return s.inherited_to_projects ? { type: 'all' } : { type: 'global' };
}

export function toOrgSnapshot(input: OrgSnapshotInput): Snapshot {
  const groupsOf = new Map<string, string[]>();
  for (const [groupId, members] of Object.entries(input.memberships)) {
    for (const userId of members) groupsOf.set(userId, [...(groupsOf.get(userId) ?? []), groupId]);
  }
  const attachments: SnapshotAttachment[] = [];
  for (const a of input.roleAssignments) {
    const principal = a.group_id ? { type: 'group' as const, id: a.group_id } : a.agency_id ? { type: 'agency' as const, id: a.agency_id } : null;
    if (principal) attachments.push({ principal, policyId: a.role_id, scope: scopeOf(a) });
  }
  return {
    format: 'modelarts-console-snapshot',
    version: 1,
    domain: input.domain,
    authMode: input.authMode,
    workspaceEnabled: true,
    projects: input.projects.map((p) => ({ id: p.id, name: p.name })),
    enterpriseProjects: input.enterpriseProjects.map((e) => ({ id: e.id, name: e.name })),
    users: input.users.map((u) => ({ id: u.id, name: u.name, type: u.type, ...(u.is_root ? { root: true } : {}), groups: groupsOf.get(u.id) ?? [] })),
    groups: input.groups.map((g) => ({ id: g.id, name: g.name })),
    policies: input.roles.map((r) => ({
      id: r.id,
      name: r.display_name,
      type: r.catalog,
      description: r.description,
      document: r.policy as unknown as PolicyDocument,
    })),
    attachments,
    agencies: input.agencies.map((a) => ({ id: a.id, name: a.name, description: a.description })),
    authorizations: input.authorizations.map((a) => ({
      userId: a.user_type === 'all-users' ? 'all' : a.user_id,
      userName: a.user_name,
      userType: a.user_type,
      type: a.type,
      content: a.content,
      createTime: a.create_time,
    })),
    workspaces: input.workspaces
      .filter((w) => w.status !== 'DELETING')
      .map((w) => ({
        id: w.id,
        name: w.name,
        enterpriseProjectId: w.enterprise_project_id,
        authType: w.auth_type,
        owner: w.owner,
        grants: w.grants.map((g) => ({ userId: g.user_id })),
        description: w.description,
      })),
  };
}
