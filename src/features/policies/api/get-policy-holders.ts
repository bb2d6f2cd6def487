/**
 * Who holds each policy ("used by"): every role assignment, with the names of the groups and
 * agencies it names (GET role-assignments, groups, agencies — every page).
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { agencyListSchema, groupListSchema, roleAssignmentListSchema, type RoleAssignment } from '@/api/contracts/iam';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { fetchAll } from './fetch-all';
import { personaKey, policiesKeys } from './keys';

export interface PolicyHolderSources {
  assignments: RoleAssignment[];
  groupNames: Map<string, string>;
  agencyNames: Map<string, string>;
}

export async function getPolicyHolderSources(signal?: AbortSignal): Promise<PolicyHolderSources> {
  const [assignments, groups, agencies] = await Promise.all([
    fetchAll(buildPath('roleAssignments'), roleAssignmentListSchema, (p) => p.role_assignments, signal),
    fetchAll(buildPath('groups'), groupListSchema, (p) => p.groups, signal),
    fetchAll(buildPath('agencies'), agencyListSchema, (p) => p.agencies, signal),
  ]);
  return {
    assignments,
    groupNames: new Map(groups.map((g) => [g.id, g.name])),
    agencyNames: new Map(agencies.map((a) => [a.id, a.name])),
  };
}

export function getPolicyHoldersQueryOptions(who: string) {
  return queryOptions({ queryKey: policiesKeys.holders(who), queryFn: ({ signal }) => getPolicyHolderSources(signal) });
}

export function usePolicyHolderSources() {
  const session = useSession();
  return useQuery({ ...getPolicyHoldersQueryOptions(personaKey(session)), enabled: !!session.token });
}
