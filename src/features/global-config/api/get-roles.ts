/** GET /v3.0/OS-ROLE/roles — system and custom policies (for Common User, Custom and View Permissions). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/api/client';
import { roleListSchema, type Role } from '@/api/contracts/iam';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { globalConfigKeys, personaKey } from './keys';

const PAGE = 1000;

export async function getRoles(signal?: AbortSignal): Promise<Role[]> {
  const out: Role[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await request(buildPath('roles'), roleListSchema, { query: { limit: PAGE, offset }, signal });
    out.push(...page.roles);
    if (page.roles.length < PAGE || out.length >= page.total_count) return out;
  }
}

export function getRolesQueryOptions(who: string) {
  return queryOptions({ queryKey: globalConfigKeys.roles(who), queryFn: ({ signal }) => getRoles(signal), staleTime: 5 * 60_000 });
}

export function useRoles(options: { enabled?: boolean } = {}) {
  const session = useSession();
  return useQuery({ ...getRolesQueryOptions(personaKey(session)), enabled: !!session.token && (options.enabled ?? true) });
}
