/** GET /v3/groups — one page of user groups, searched by the server (the large organisation has 1,000). */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/api/client';
import { groupListSchema } from '@/api/contracts/iam';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { iamKeys, personaKey } from './keys';
import { toApiQuery, type ListQuery } from './list-params';

export function getGroups(query: ListQuery, signal?: AbortSignal) {
  return request(buildPath('groups'), groupListSchema, { query: toApiQuery(query), signal });
}

export function getGroupsQueryOptions(who: string, query: ListQuery) {
  return queryOptions({
    queryKey: iamKeys.groups(who, query),
    queryFn: ({ signal }) => getGroups(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useGroups(query: ListQuery, options: { enabled?: boolean } = {}) {
  const session = useSession();
  return useQuery({ ...getGroupsQueryOptions(personaKey(session), query), enabled: !!session.token && (options.enabled ?? true) });
}
