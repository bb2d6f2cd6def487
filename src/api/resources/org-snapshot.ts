/**
 * The organisation as the engine reads it (docs/snapshot-format.md), built in the browser from the
 * regular APIs (`../org-input.ts`: users, groups and memberships, roles, role assignments, agencies,
 * authorizations, workspaces, auth mode, projects) — never `/__mock/` — so it works unchanged
 * against a real gateway. Derived from every other resource: `invalidateResources` refreshes it
 * after any mutation. Two shapes share the `org-snapshot` keys:
 * - the whole organisation (analyzer, mode impact, "who can use this workspace");
 * - one user with their groups (a user's permissions tab: fast with 10,000 users);
 * - the users of one page of the Users list with their groups (groups and readiness at a glance).
 * The converter types statements loosely; the engine reads malformed ones safely, and callers view
 * the result as the engine's `Snapshot` (src/api may not import the engine).
 */
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from '../client';
import { authModeResponseSchema, workspaceListSchema } from '../contracts/modelarts';
import { fetchAllPages } from '../fetch-all-pages';
import { fetchOrgSnapshot, getRegionalAuthorizations } from '../org-input';
import { toOrgSnapshot, type OrgSnapshot } from '../org-snapshot';
import { buildPath } from '../paths';
import { getAgencies } from './agencies';
import { getRoleAssignments } from './grants';
import { getUserGroups } from './memberships';
import { orgSnapshotParts } from './partial-loads';
import { useApiScope, type Persona } from './persona';
import { getEnterpriseProjects, getProjects } from './projects';
import { getRoles } from './roles';
import { getUser } from './users';
import type { User } from '../contracts/iam';

export type { OrgSnapshot };
type Domain = { id: string; name: string };

export const orgSnapshotKeys = {
  all: (p: Persona) => ['org-snapshot', p] as const,
  whole: (p: Persona, projectId: string) => ['org-snapshot', p, projectId, 'whole'] as const,
  user: (p: Persona, projectId: string, userId: string) => ['org-snapshot', p, projectId, 'user', userId] as const,
  users: (p: Persona, projectId: string, userIds: readonly string[]) => ['org-snapshot', p, projectId, 'users', userIds] as const,
};

// --- the whole organisation -------------------------------------------------------------------
/** A failed load's successful parts, so Retry (and the automatic retry) fetches only what failed. */
export function getOrgSnapshotQueryOptions(p: Persona, projectId: string, domain: Domain) {
  const queryKey = orgSnapshotKeys.whole(p, projectId);
  return queryOptions({
    queryKey,
    queryFn: ({ signal }) => orgSnapshotParts.run(JSON.stringify(queryKey), (parts) => fetchOrgSnapshot(projectId, domain, signal, parts)),
  });
}
/** The organisation in the current region project; `T` is how the caller views it (the engine's `Snapshot`). */
export function useOrgSnapshot<T = OrgSnapshot>(options: { enabled?: boolean } = {}) {
  const s = useApiScope();
  return useQuery({
    ...getOrgSnapshotQueryOptions(s.persona, s.projectId, s.domain),
    select: (o) => o as unknown as T,
    enabled: s.ready && !!s.domainId && (options.enabled ?? true),
  });
}

/**
 * Whether the organisation held is known to be out of date: a change invalidated it and it is being
 * read again. Not when it is merely older than the staleTime (then it is most likely unchanged, and
 * a re-read that finds it so keeps the same object). Read on each render of a useOrgSnapshot caller,
 * which re-renders when the fetch starts and ends.
 */
export function useOrgSnapshotInvalidated(): boolean {
  const s = useApiScope();
  return useQueryClient().getQueryState(orgSnapshotKeys.whole(s.persona, s.projectId))?.isInvalidated === true;
}

// --- one user ---------------------------------------------------------------------------------
/** What every user's snapshot shares: policies and grants, agencies, authorizations, workspaces, mode, projects. */
async function getSharedOrgParts(projectId: string, signal?: AbortSignal) {
  const [roles, roleAssignments, agencies, authorizations, workspaces, mode, projects, enterpriseProjects] = await Promise.all([
    getRoles(signal),
    getRoleAssignments({}, signal),
    getAgencies(signal),
    getProjects(signal).then((list) => getRegionalAuthorizations(list, signal)),
    fetchAllPages(buildPath('workspaces', { projectId }), workspaceListSchema, (p) => ({ items: p.workspaces, total: p.total_count }), signal),
    request(buildPath('authMode'), authModeResponseSchema, { signal }),
    getProjects(signal),
    getEnterpriseProjects(signal),
  ]);
  // A workspace being deleted admits nobody any more (as for the whole organisation).
  return { roles, roleAssignments, agencies, authorizations, workspaces: workspaces.filter((w) => w.status !== 'DELETING'), authMode: mode.mode, projects, enterpriseProjects };
}

type SharedOrgParts = Awaited<ReturnType<typeof getSharedOrgParts>>;
type Membership = Awaited<ReturnType<typeof getUserGroups>>;

function usersSnapshot(domain: Domain, shared: SharedOrgParts, users: readonly User[], memberships: readonly Membership[]): OrgSnapshot {
  const groups = new Map(memberships.flat().map((g) => [g.id, g]));
  return toOrgSnapshot({ domain, ...shared, users: users.map((user, i) => ({ user, groupIds: memberships[i]!.map((g) => g.id) })), groups: [...groups.values()] });
}

/** Everything the engine needs to evaluate these users: only they are included, with their groups. */
export async function getUsersOrgSnapshot(users: readonly User[], projectId: string, domain: Domain, signal?: AbortSignal): Promise<OrgSnapshot> {
  const [shared, memberships] = await Promise.all([getSharedOrgParts(projectId, signal), Promise.all(users.map((u) => getUserGroups(u.id, signal)))]);
  return usersSnapshot(domain, shared, users, memberships);
}

/** Everything the engine needs to evaluate `userId`: only that user (with their groups) is included. */
export async function getUserOrgSnapshot(userId: string, projectId: string, domain: Domain, signal?: AbortSignal): Promise<OrgSnapshot> {
  const [user, groups, shared] = await Promise.all([getUser(userId, signal), getUserGroups(userId, signal), getSharedOrgParts(projectId, signal)]);
  return usersSnapshot(domain, shared, [user], [groups]);
}
export function getUserOrgSnapshotQueryOptions(p: Persona, userId: string, projectId: string, domain: Domain) {
  return queryOptions({ queryKey: orgSnapshotKeys.user(p, projectId, userId), queryFn: ({ signal }) => getUserOrgSnapshot(userId, projectId, domain, signal) });
}
/** The snapshot for evaluating `userId` in the current region. */
export function useUserOrgSnapshot<T = OrgSnapshot>(userId: string) {
  const s = useApiScope();
  return useQuery({
    ...getUserOrgSnapshotQueryOptions(s.persona, userId, s.projectId, s.domain),
    select: (o) => o as unknown as T,
    enabled: s.ready && !!s.domainId,
  });
}

/** The snapshot for evaluating one page of users (the Users list) in the current region. */
export function useUsersOrgSnapshot<T = OrgSnapshot>(users: readonly User[] | undefined) {
  const s = useApiScope();
  const ids = (users ?? []).map((u) => u.id);
  return useQuery({
    queryKey: orgSnapshotKeys.users(s.persona, s.projectId, ids),
    queryFn: ({ signal }) => getUsersOrgSnapshot(users ?? [], s.projectId, s.domain, signal),
    select: (o) => o as unknown as T,
    enabled: s.ready && !!s.domainId && ids.length > 0,
  });
}
