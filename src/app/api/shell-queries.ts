/** Queries of the shell: region projects, personas (IAM users), accessible workspaces. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/api/client';
import { projectListSchema, userListSchema } from '@/api/contracts/iam';
import { workspaceListSchema } from '@/api/contracts/modelarts';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';

export const PERSONA_PAGE = 50;

export function getProjects() {
  return request(buildPath('projects'), projectListSchema);
}
export function getProjectsQueryOptions(userId: string | null) {
  return queryOptions({ queryKey: ['shell', 'projects', userId], queryFn: getProjects, staleTime: 5 * 60_000 });
}
export function useProjects() {
  const { userId } = useSession();
  return useQuery(getProjectsQueryOptions(userId));
}

/**
 * The first PERSONA_PAGE IAM users whose name contains `search` (the backend filters by `name`),
 * without the account's root user (the menu lists it first, separately). `total` counts IAM users.
 */
export async function getPersonas(search: string) {
  const list = await request(buildPath('users'), userListSchema, {
    query: { limit: PERSONA_PAGE + 1, offset: 0, name: search.trim() || undefined, sort_by: 'name', order: 'asc' },
  });
  const needle = search.trim().toLowerCase();
  const iamUsers = list.users.filter((u) => !u.is_root && (!needle || u.name.toLowerCase().includes(needle)));
  const rootCounted = list.users.some((u) => u.is_root) ? 1 : 0;
  return { total: Math.max(iamUsers.length, list.total_count - rootCounted), users: iamUsers.slice(0, PERSONA_PAGE) };
}
export function getPersonasQueryOptions(userId: string | null, search: string) {
  return queryOptions({
    queryKey: ['shell', 'personas', userId, search.trim()],
    queryFn: () => getPersonas(search),
    placeholderData: (prev) => prev,
  });
}
export function usePersonas(search: string, enabled: boolean) {
  const { userId } = useSession();
  return useQuery({ ...getPersonasQueryOptions(userId, search), enabled });
}

export function getAccessibleWorkspaces(projectId: string) {
  return request(buildPath('workspaces', { projectId }), workspaceListSchema, {
    query: { filter_accessible: true, limit: 1000, sort_by: 'name', order: 'asc' },
  });
}
export function getAccessibleWorkspacesQueryOptions(projectId: string, userId: string | null) {
  return queryOptions({
    queryKey: ['shell', 'accessible-workspaces', projectId, userId],
    queryFn: () => getAccessibleWorkspaces(projectId),
  });
}
export function useAccessibleWorkspaces() {
  const { projectId, userId } = useSession();
  return useQuery(getAccessibleWorkspacesQueryOptions(projectId, userId));
}
