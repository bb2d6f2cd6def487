/** GET /v3/users — the "Authorized Users" picker, searched by the server (large organisations). */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/api/client';
import { userListSchema, type User } from '@/api/contracts/iam';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { personaKey, workspaceKeys } from './keys';

export const USER_PICKER_LIMIT = 50;

export async function getUsers(search: string, signal?: AbortSignal): Promise<{ users: User[]; total: number; truncated: boolean }> {
  const res = await request(buildPath('users'), userListSchema, {
    query: { limit: USER_PICKER_LIMIT, offset: 0, name: search || undefined, type: 'iam', sort_by: 'name', order: 'asc' },
    signal,
  });
  return { users: res.users.filter((u) => !u.is_root), total: res.total_count, truncated: res.users.length < res.total_count };
}

export function getUsersQueryOptions(who: string, search: string) {
  return queryOptions({
    queryKey: workspaceKeys.users(who, search),
    queryFn: ({ signal }) => getUsers(search, signal),
    placeholderData: keepPreviousData,
  });
}

export function useUsers(search: string, options: { enabled?: boolean } = {}) {
  const session = useSession();
  return useQuery({ ...getUsersQueryOptions(personaKey(session), search), enabled: !!session.token && (options.enabled ?? true) });
}
