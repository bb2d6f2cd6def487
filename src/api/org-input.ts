/**
 * Everything the engine's snapshot is built from, read through the regular Huawei APIs
 * (docs/api.md: users, groups + memberships, role assignments, roles, agencies, authorizations,
 * workspaces, auth mode, projects, enterprise projects) — never `/__mock/` — so it works unchanged
 * against a real gateway. Needs the IAM read permissions; a persona without them gets the 403.
 * Memberships come with the users when the server answers our `include=group_ids` extension
 * (docs/api.md, "(ours)"): one request per 1,000 users. A gateway without it (Huawei's) leaves
 * `group_ids` out, and the memberships are read per group, as before.
 * `fetchOrgSnapshot` converts it with the pure `toOrgSnapshot`; every feature that runs the
 * engine over the organisation reads it through here.
 */
import { ApiError, request } from './client';
import {
  INCLUDE_GROUP_IDS,
  agencyListSchema,
  enterpriseProjectListSchema,
  groupListSchema,
  projectListSchema,
  roleAssignmentListSchema,
  roleListSchema,
  userListSchema,
  type Group,
  type User,
} from './contracts/iam';
import { authModeResponseSchema, authorizationListSchema, workspaceListSchema } from './contracts/modelarts';
import { fetchAllPages, mapLimited } from './fetch-all-pages';
import { toOrgSnapshot, type OrgSnapshot, type OrgSnapshotInput, type RegionalAuthorization } from './org-snapshot';
import { PartialLoad } from './partial-load';
import { buildPath } from './paths';

const MEMBERSHIP_CONCURRENCY = 8;

/** The authorizations of every region project (the service keeps them per region), each tagged with its project. */
export async function getRegionalAuthorizations(projects: readonly { id: string }[], signal?: AbortSignal, parts = new PartialLoad()): Promise<RegionalAuthorization[]> {
  const lists = await Promise.all(
    projects.map((p) =>
      parts.part(`authorizations:${p.id}`, () =>
        fetchAllPages(buildPath('authorizations', { projectId: p.id }), authorizationListSchema, (l) => ({ items: l.auth, total: l.total_count }), signal),
      ),
    ),
  );
  return lists.flatMap((rows, i) => rows.map((a) => ({ ...a, projectId: projects[i]!.id })));
}

const pickUsers = (p: { users: User[]; total_count: number }) => ({ items: p.users, total: p.total_count });

/** Every user, asking for the embedded group ids; a server that rejects the parameter (400) is asked without it. */
export async function readUsers(signal?: AbortSignal): Promise<User[]> {
  try {
    return await fetchAllPages(buildPath('users'), userListSchema, pickUsers, signal, INCLUDE_GROUP_IDS);
  } catch (err) {
    if (!(err instanceof ApiError) || err.status !== 400) throw err;
    return fetchAllPages(buildPath('users'), userListSchema, pickUsers, signal);
  }
}

/** user id → group ids from the users' `group_ids`, or null when any user lacks them (no extension). */
export function embeddedGroupIds(users: readonly User[]): Map<string, string[]> | null {
  const out = new Map<string, string[]>();
  for (const u of users) {
    if (!u.group_ids) return null;
    out.set(u.id, u.group_ids);
  }
  return out;
}

/** user id → group ids, one request per group (what a gateway without the extension allows). */
export async function readMembershipsPerGroup(groups: readonly Group[], signal?: AbortSignal): Promise<Map<string, string[]>> {
  const members = await mapLimited(groups, MEMBERSHIP_CONCURRENCY, (g) => fetchAllPages(buildPath('groupUsers', { groupId: g.id }), userListSchema, pickUsers, signal));
  const groupIds = new Map<string, string[]>();
  groups.forEach((g, i) => {
    for (const m of members[i] ?? []) {
      const list = groupIds.get(m.id);
      if (list) list.push(g.id);
      else groupIds.set(m.id, [g.id]);
    }
  });
  return groupIds;
}

/**
 * `parts`: what earlier attempts of this load already read (./partial-load.ts); a retry then
 * fetches only the lists that failed.
 */
export async function getOrgInput(projectId: string, domain: { id: string; name: string }, signal?: AbortSignal, parts = new PartialLoad()): Promise<OrgSnapshotInput> {
  const projectList = parts.part('projects', () => request(buildPath('projects'), projectListSchema, { signal }));
  const [users, groups, roles, roleAssignments, agencies, authorizations, workspaces, mode, projects, enterpriseProjects] = await Promise.all([
    parts.part('users', () => readUsers(signal)),
    parts.part('groups', () => fetchAllPages(buildPath('groups'), groupListSchema, (p) => ({ items: p.groups, total: p.total_count }), signal)),
    parts.part('roles', () => fetchAllPages(buildPath('roles'), roleListSchema, (p) => ({ items: p.roles, total: p.total_count }), signal)),
    parts.part('roleAssignments', () => fetchAllPages(buildPath('roleAssignments'), roleAssignmentListSchema, (p) => ({ items: p.role_assignments, total: p.total_count }), signal)),
    parts.part('agencies', () => fetchAllPages(buildPath('agencies'), agencyListSchema, (p) => ({ items: p.agencies, total: p.total_count }), signal)),
    projectList.then((list) => getRegionalAuthorizations(list.projects, signal, parts)),
    parts.part('workspaces', () => fetchAllPages(buildPath('workspaces', { projectId }), workspaceListSchema, (p) => ({ items: p.workspaces, total: p.total_count }), signal)),
    parts.part('authMode', () => request(buildPath('authMode'), authModeResponseSchema, { signal })),
    projectList,
    parts.part('enterpriseProjects', () => request(buildPath('enterpriseProjects'), enterpriseProjectListSchema, { signal })),
  ]);
  const groupIds = embeddedGroupIds(users) ?? (await parts.part('memberships', () => readMembershipsPerGroup(groups, signal)));
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
export async function fetchOrgSnapshot(projectId: string, domain: { id: string; name: string }, signal?: AbortSignal, parts?: PartialLoad): Promise<OrgSnapshot> {
  return toOrgSnapshot(await getOrgInput(projectId, domain, signal, parts));
}
