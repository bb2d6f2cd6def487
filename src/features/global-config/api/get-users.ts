/** GET /v3/users — the IAM user picker, searched by the server (the large organisation has 10,000 users). */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/api/client';
import { userListSchema, type User } from '@/api/contracts/iam';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { globalConfigKeys, personaKey } from './keys';

export const USER_PICKER_LIMIT = 50;

export async function getUsers(search: string, signal?: AbortSignal): Promise<{ users: User[]; total: number }> {
  const res = await request(buildPath('users'), userListSchema, {
    query: { limit: USER_PICKER_LIMIT, offset: 0, name: search || undefined },
    signal,
  });
  return { users: res.users, total: res.total_count };
}

export function getUsersQueryOptions(who: string, search: string) {
  return queryOptions({
    queryKey: globalConfigKeys.users(who, search),
    queryFn: ({ signal }) => getUsers(search, signal),
    placeholderData: keepPreviousData,
  });
}

export function useUsers(search: string, options: { enabled?: boolean } = {}) {
  const session = useSession();
  return useQuery({ ...getUsersQueryOptions(personaKey(session), search), enabled: !!session.token && (options.enabled ?? true) });
}
