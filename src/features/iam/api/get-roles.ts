/** GET /v3.0/OS-ROLE/roles, every page — system and custom policies for Authorize and the permissions tab. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { roleListSchema, type Role } from '@/api/contracts/iam';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { fetchAll } from './fetch-all';
import { iamKeys, personaKey } from './keys';

export function getRoles(signal?: AbortSignal): Promise<Role[]> {
  return fetchAll(buildPath('roles'), roleListSchema, (p) => p.roles, { query: { sort_by: 'display_name' }, signal });
}

export function getRolesQueryOptions(who: string) {
  return queryOptions({ queryKey: iamKeys.roles(who), queryFn: ({ signal }) => getRoles(signal), staleTime: 30_000 });
}

export function useRoles() {
  const session = useSession();
  return useQuery({ ...getRolesQueryOptions(personaKey(session)), enabled: !!session.token });
}
