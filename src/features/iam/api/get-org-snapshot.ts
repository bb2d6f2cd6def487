/**
 * The engine's snapshot for evaluating one user in the browser, fetched from the regular APIs
 * (users, groups + memberships, role-assignments, roles, agencies, authorizations, workspaces,
 * auth mode, projects) — never `/__mock/`. The conversion is the pure `toOrgSnapshot`.
 * Only the evaluated user is included (with their groups): enough for the engine, and it stays
 * fast with 10,000 users.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/api/client';
import { agencyListSchema } from '@/api/contracts/iam';
import { authModeResponseSchema, workspaceListSchema } from '@/api/contracts/modelarts';
import { getRegionalAuthorizations } from '@/api/org-input';
import { toOrgSnapshot, type OrgSnapshot } from '@/api/org-snapshot';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { fetchAll } from './fetch-all';
import { getEnterpriseProjects, getProjects } from './get-projects';
import { getRoleAssignments } from './get-role-assignments';
import { getRoles } from './get-roles';
import { getUser } from './get-user';
import { getUserGroups } from './get-user-groups';
import { iamKeys, personaKey } from './keys';

export interface OrgSnapshotContext {
  domain: { id: string; name: string };
  projectId: string;
}

export async function getOrgSnapshot(userId: string, { domain, projectId }: OrgSnapshotContext, signal?: AbortSignal): Promise<OrgSnapshot> {
  const projectList = getProjects(signal);
  const [user, groups, roles, roleAssignments, agencies, authorizations, workspaces, mode, projects, enterpriseProjects] = await Promise.all([
    getUser(userId, signal),
    getUserGroups(userId, signal),
    getRoles(signal),
    getRoleAssignments({}, signal),
    fetchAll(buildPath('agencies'), agencyListSchema, (p) => p.agencies, { signal }),
    projectList.then((list) => getRegionalAuthorizations(list, signal)),
    fetchAll(buildPath('workspaces', { projectId }), workspaceListSchema, (p) => p.workspaces, { signal }),
    request(buildPath('authMode'), authModeResponseSchema, { signal }),
    projectList,
    getEnterpriseProjects(signal),
  ]);
  return toOrgSnapshot({
    domain,
    authMode: mode.mode,
    projects,
    enterpriseProjects,
    users: [{ user, groupIds: groups.map((g) => g.id) }],
    groups,
    roles,
    roleAssignments,
    agencies,
    authorizations,
    workspaces,
  });
}

export function getOrgSnapshotQueryOptions(who: string, userId: string, context: OrgSnapshotContext) {
  return queryOptions({
    queryKey: [...iamKeys.orgSnapshot(who, userId), context.projectId] as const,
    queryFn: ({ signal }) => getOrgSnapshot(userId, context, signal),
  });
}

/** The snapshot for evaluating `userId` in the current region (the session's project). */
export function useOrgSnapshot(userId: string) {
  const session = useSession();
  const domain = { id: session.domainId ?? '', name: session.domainName ?? '' };
  return useQuery({
    ...getOrgSnapshotQueryOptions(personaKey(session), userId, { domain, projectId: session.projectId }),
    enabled: !!session.token && !!session.domainId,
  });
}
