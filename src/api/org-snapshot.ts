/**
 * The engine's organisation snapshot (docs/snapshot-format.md), built from the regular API answers only
 * (docs/api.md "The console builds the engine's snapshot from these regular APIs") — never `/__mock/` —
 * so it would work unchanged against a real gateway. Pure: the callers fetch, this converts.
 * The result matches `Snapshot` of src/iam/model.ts structurally (src/api may not import the engine).
 */
import type { Agency, EnterpriseProject, Group, Project, Role, RoleAssignment, User } from './contracts/iam';
import { engineUserId, type Authorization, type AuthModeValue, type Workspace } from './contracts/modelarts';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type SnapshotDocument } from './contracts/snapshot';

export interface OrgSnapshotInput {
  domain: { id: string; name: string };
  authMode: AuthModeValue;
  /** No API reports it; the console has the workspace function on. */
  workspaceEnabled?: boolean;
  projects: readonly Project[];
  enterpriseProjects: readonly EnterpriseProject[];
  /** The users to evaluate (all, or only those a view needs) with their group ids. */
  users: ReadonlyArray<{ user: User; groupIds: readonly string[] }>;
  groups: readonly Group[];
  roles: readonly Role[];
  roleAssignments: readonly RoleAssignment[];
  agencies: readonly Agency[];
  /** The authorizations of every region project, each with its project (they are kept per region). */
  authorizations: readonly RegionalAuthorization[];
  workspaces: readonly Workspace[];
}

/** An authorization row with the region project it was listed in. */
export type RegionalAuthorization = Authorization & { projectId: string };

/** A statement as the engine reads it (the server validated the document). */
export interface OrgStatement {
  Effect: string;
  Action: string | string[];
  Resource?: string | string[];
  Condition?: Record<string, Record<string, unknown>>;
  [extra: string]: unknown;
}
export interface OrgPolicy {
  id: string;
  name: string;
  type: 'system' | 'custom';
  description?: string;
  document: { Version: string; Statement: OrgStatement[] };
  [extra: string]: unknown;
}
/** Structurally the engine's `Snapshot` (src/iam/model.ts). */
export type OrgSnapshot = Omit<SnapshotDocument, 'policies'> & { policies: OrgPolicy[] };

type Scope = SnapshotDocument['attachments'][number]['scope'];
type Attachment = SnapshotDocument['attachments'][number];

/** One role assignment's scope in the snapshot's terms. */
export function assignmentScope(scope: RoleAssignment['scope']): { type: 'all' | 'global' } | { type: 'projects' | 'enterpriseProjects'; id: string } {
  if ('project' in scope) return { type: 'projects', id: scope.project.id };
  if ('enterprise_project' in scope) return { type: 'enterpriseProjects', id: scope.enterprise_project.id };
  return { type: scope.inherited_to_projects ? 'all' : 'global' };
}

/** Role assignments → attachments; the per-project rows of one policy and principal merge into one. */
export function toAttachments(assignments: readonly RoleAssignment[]): Attachment[] {
  const out: Attachment[] = [];
  const multi = new Map<string, { type: 'projects' | 'enterpriseProjects'; ids: string[] }>();
  for (const a of assignments) {
    const principal = a.group_id !== undefined ? { type: 'group' as const, id: a.group_id } : a.agency_id !== undefined ? { type: 'agency' as const, id: a.agency_id } : null;
    if (!principal) continue;
    const s = assignmentScope(a.scope);
    if (!('id' in s)) {
      out.push({ principal, policyId: a.role_id, scope: { type: s.type } });
      continue;
    }
    const key = `${principal.type}\u0000${principal.id}\u0000${a.role_id}\u0000${s.type}`;
    const existing = multi.get(key);
    if (existing) {
      if (!existing.ids.includes(s.id)) existing.ids.push(s.id);
      continue;
    }
    const scope = { type: s.type, ids: [s.id] };
    multi.set(key, scope);
    out.push({ principal, policyId: a.role_id, scope: scope as Scope });
  }
  return out;
}

export function toOrgSnapshot(input: OrgSnapshotInput): OrgSnapshot {
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    domain: { id: input.domain.id, name: input.domain.name },
    authMode: input.authMode,
    workspaceEnabled: input.workspaceEnabled ?? true,
    projects: input.projects.map((p) => ({ id: p.id, name: p.name })),
    enterpriseProjects: input.enterpriseProjects.map((e) => ({ id: e.id, name: e.name })),
    users: input.users.map(({ user, groupIds }) => ({
      id: user.id,
      name: user.name,
      type: user.type,
      ...(user.is_root ? { root: true } : {}),
      groups: [...groupIds],
    })),
    groups: input.groups.map((g) => ({ id: g.id, name: g.name })),
    policies: input.roles.map((r) => ({
      id: r.id,
      name: r.display_name,
      type: r.catalog,
      description: r.description,
      document: { Version: r.policy.Version, Statement: r.policy.Statement as OrgStatement[] },
    })),
    attachments: toAttachments(input.roleAssignments),
    agencies: input.agencies.map((a) => ({
      id: a.id,
      name: a.name,
      ...(a.trust_domain_name ? { delegate: a.trust_domain_name } : {}),
      ...(a.duration ? { duration: a.duration } : {}),
      description: a.description,
    })),
    authorizations: input.authorizations.map((a) => ({
      projectId: a.projectId,
      userId: engineUserId(a),
      userName: a.user_name,
      userType: a.user_type,
      type: a.type,
      content: a.content,
      createTime: a.create_time,
    })),
    workspaces: input.workspaces.map((w) => ({
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
