/** GET /v3/users/{id}/groups — the groups a user belongs to. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/api/client';
import { groupListSchema } from '@/api/contracts/iam';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { iamKeys, personaKey } from './keys';

export async function getUserGroups(userId: string, signal?: AbortSignal) {
  return (await request(buildPath('userGroups', { userId }), groupListSchema, { signal })).groups;
}

export function getUserGroupsQueryOptions(who: string, userId: string) {
  return queryOptions({ queryKey: iamKeys.userGroups(who, userId), queryFn: ({ signal }) => getUserGroups(userId, signal) });
}

export function useUserGroups(userId: string) {
  const session = useSession();
  return useQuery({ ...getUserGroupsQueryOptions(personaKey(session), userId), enabled: !!session.token });
}
