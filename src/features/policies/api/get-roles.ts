/** GET /v3.0/OS-ROLE/roles — every system and custom policy (paged by 1000 until complete). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/api/client';
import { roleListSchema, type Role } from '@/api/contracts/iam';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { personaKey, policiesKeys } from './keys';

const PAGE = 1000;

export async function getRoles(signal?: AbortSignal): Promise<Role[]> {
  const out: Role[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await request(buildPath('roles'), roleListSchema, {
      query: { limit: PAGE, offset, sort_by: 'display_name' },
      signal,
    });
    out.push(...page.roles);
    if (page.roles.length < PAGE || out.length >= page.total_count) return out;
  }
}

export function getRolesQueryOptions(who: string) {
  return queryOptions({ queryKey: policiesKeys.roles(who), queryFn: ({ signal }) => getRoles(signal), staleTime: 60_000 });
}

export function useRoles(options: { enabled?: boolean } = {}) {
  const session = useSession();
  return useQuery({ ...getRolesQueryOptions(personaKey(session)), enabled: !!session.token && (options.enabled ?? true) });
}
