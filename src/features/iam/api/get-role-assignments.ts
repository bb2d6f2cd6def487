/** GET /v3.0/OS-PERMISSION/role-assignments, every page — optionally one group's. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { roleAssignmentListSchema, type RoleAssignment } from '@/api/contracts/iam';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { fetchAll } from './fetch-all';
import { iamKeys, personaKey } from './keys';

export function getRoleAssignments(filter: { groupId?: string }, signal?: AbortSignal): Promise<RoleAssignment[]> {
  return fetchAll(buildPath('roleAssignments'), roleAssignmentListSchema, (p) => p.role_assignments, {
    query: { group_id: filter.groupId },
    signal,
  });
}

export function getRoleAssignmentsQueryOptions(who: string, filter: { groupId?: string }) {
  return queryOptions({ queryKey: iamKeys.assignments(who, filter), queryFn: ({ signal }) => getRoleAssignments(filter, signal) });
}

export function useRoleAssignments(filter: { groupId?: string }) {
  const session = useSession();
  return useQuery({ ...getRoleAssignmentsQueryOptions(personaKey(session), filter), enabled: !!session.token });
}
