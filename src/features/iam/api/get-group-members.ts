/** GET /v3/groups/{id}/users — one page of a group's members. */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/api/client';
import { userListSchema } from '@/api/contracts/iam';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { iamKeys, personaKey } from './keys';

export interface MembersQuery {
  page: number;
  pageSize: number;
}

export function getGroupMembers(groupId: string, { page, pageSize }: MembersQuery, signal?: AbortSignal) {
  return request(buildPath('groupUsers', { groupId }), userListSchema, { query: { limit: pageSize, offset: (page - 1) * pageSize }, signal });
}

export function getGroupMembersQueryOptions(who: string, groupId: string, query: MembersQuery) {
  return queryOptions({
    queryKey: iamKeys.groupMembers(who, groupId, query),
    queryFn: ({ signal }) => getGroupMembers(groupId, query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useGroupMembers(groupId: string, query: MembersQuery) {
  const session = useSession();
  return useQuery({ ...getGroupMembersQueryOptions(personaKey(session), groupId, query), enabled: !!session.token });
}
