/** GET /v3/users — one page of users, searched by the server (the large organisation has 10,000). */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/api/client';
import { userListSchema } from '@/api/contracts/iam';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { iamKeys, personaKey } from './keys';
import { toApiQuery, type ListQuery } from './list-params';

export function getUsers(query: ListQuery, signal?: AbortSignal) {
  return request(buildPath('users'), userListSchema, { query: toApiQuery(query), signal });
}

export function getUsersQueryOptions(who: string, query: ListQuery) {
  return queryOptions({
    queryKey: iamKeys.users(who, query),
    queryFn: ({ signal }) => getUsers(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useUsers(query: ListQuery, options: { enabled?: boolean } = {}) {
  const session = useSession();
  return useQuery({ ...getUsersQueryOptions(personaKey(session), query), enabled: !!session.token && (options.enabled ?? true) });
}
