/**
 * GET /v3/groups, every page — the group names a detail page needs (IAM has no GET of one group)
 * and the snapshot's group list.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { groupListSchema, type Group } from '@/api/contracts/iam';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { fetchAll } from './fetch-all';
import { iamKeys, personaKey } from './keys';

export function getAllGroups(signal?: AbortSignal): Promise<Group[]> {
  return fetchAll(buildPath('groups'), groupListSchema, (p) => p.groups, { query: { sort_by: 'name' }, signal });
}

export function getAllGroupsQueryOptions(who: string) {
  return queryOptions({ queryKey: iamKeys.allGroups(who), queryFn: ({ signal }) => getAllGroups(signal), staleTime: 30_000 });
}

export function useAllGroups() {
  const session = useSession();
  return useQuery({ ...getAllGroupsQueryOptions(personaKey(session)), enabled: !!session.token });
}
