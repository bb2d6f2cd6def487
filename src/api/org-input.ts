/**
 * Everything the engine's snapshot is built from, read through the regular Huawei APIs (docs/api.md:
 * users, groups + memberships, role assignments, roles, agencies, authorizations, workspaces,
 * auth mode, projects, enterprise projects) — never `/__mock/` — so it works unchanged against a
 * real gateway. Needs the IAM read permissions; a persona without them gets the 403.
 * `fetchOrgSnapshot` converts it with the pure `toOrgSnapshot`; every feature that runs the
 * engine over the organisation reads it through here.
 */
import { request } from './client';
import {
  agencyListSchema,
  enterpriseProjectListSchema,
  groupListSchema,
  projectListSchema,
  roleAssignmentListSchema,
  roleListSchema,
  userListSchema,
} from './contracts/iam';
import { authModeResponseSchema, authorizationListSchema, workspaceListSchema } from './contracts/modelarts';
import { fetchAllPages, mapLimited } from './fetch-all-pages';
import { toOrgSnapshot, type OrgSnapshot, type OrgSnapshotInput, type RegionalAuthorization } from './org-snapshot';
import { buildPath } from './paths';

const MEMBERSHIP_CONCURRENCY = 8;

/** The authorizations of every region project (the service keeps them per region), each tagged with its project. */
export async function getRegionalAuthorizations(projects: readonly { id: string }[], signal?: AbortSignal): Promise<RegionalAuthorization[]> {
  const lists = await Promise.all(
    projects.map((p) => fetchAllPages(buildPath('authorizations', { projectId: p.id }), authorizationListSchema, (l) => ({ items: l.auth, total: l.total_count }), signal)),
  );
  return lists.flatMap((rows, i) => rows.map((a) => ({ ...a, projectId: projects[i]!.id })));
}

export async function getOrgInput(projectId: string, domain: { id: string; name: string }, signal?: AbortSignal): Promise<OrgSnapshotInput> {
  const projectList = request(buildPath('projects'), projectListSchema, { signal });
  const [users, groups, roles, roleAssignments, agencies, authorizations, workspaces, mode, projects, enterpriseProjects] = await Promise.all([
    fetchAllPages(buildPath('users'), userListSchema, (p) => ({ items: p.users, total: p.total_count }), signal),
    fetchAllPages(buildPath('groups'), groupListSchema, (p) => ({ items: p.groups, total: p.total_count }), signal),
    fetchAllPages(buildPath('roles'), roleListSchema, (p) => ({ items: p.roles, total: p.total_count }), signal),
    fetchAllPages(buildPath('roleAssignments'), roleAssignmentListSchema, (p) => ({ items: p.role_assignments, total: p.total_count }), signal),
    fetchAllPages(buildPath('agencies'), agencyListSchema, (p) => ({ items: p.agencies, total: p.total_count }), signal),
    projectList.then((list) => getRegionalAuthorizations(list.projects, signal)),
    fetchAllPages(buildPath('workspaces', { projectId }), workspaceListSchema, (p) => ({ items: p.workspaces, total: p.total_count }), signal),
    request(buildPath('authMode'), authModeResponseSchema, { signal }),
    projectList,
    request(buildPath('enterpriseProjects'), enterpriseProjectListSchema, { signal }),
  ]);
  const members = await mapLimited(groups, MEMBERSHIP_CONCURRENCY, (g) =>
    fetchAllPages(buildPath('groupUsers', { groupId: g.id }), userListSchema, (p) => ({ items: p.users, total: p.total_count }), signal),
  );
  const groupIds = new Map<string, string[]>();
  groups.forEach((g, i) => {
    for (const m of members[i] ?? []) {
      const list = groupIds.get(m.id);
      if (list) list.push(g.id);
      else groupIds.set(m.id, [g.id]);
    }
  });
  return {
    domain,
    authMode: mode.mode,
    users: users.map((user) => ({ user, groupIds: groupIds.get(user.id) ?? [] })),
    groups,
    roles,
    roleAssignments,
    agencies,
    authorizations,
    // A workspace being deleted admits nobody any more.
    workspaces: workspaces.filter((w) => w.status !== 'DELETING'),
    projects: projects.projects,
    enterpriseProjects: enterpriseProjects.enterprise_projects,
  };
}

/** The organisation as the engine reads it (structurally the engine's `Snapshot`). */
export async function fetchOrgSnapshot(projectId: string, domain: { id: string; name: string }, signal?: AbortSignal): Promise<OrgSnapshot> {
  return toOrgSnapshot(await getOrgInput(projectId, domain, signal));
}
