/** GET /v3.0/OS-ROLE/roles/{id} — one policy with its document and version (for the editor). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/api/client';
import { roleResponseSchema, type Role } from '@/api/contracts/iam';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { personaKey, policiesKeys } from './keys';

export async function getRole(roleId: string, signal?: AbortSignal): Promise<Role> {
  const res = await request(buildPath('role', { roleId }), roleResponseSchema, { signal });
  return res.role;
}

export function getRoleQueryOptions(who: string, roleId: string) {
  return queryOptions({ queryKey: policiesKeys.role(who, roleId), queryFn: ({ signal }) => getRole(roleId, signal) });
}

export function useRole(roleId: string | undefined, options: { enabled?: boolean } = {}) {
  const session = useSession();
  return useQuery({
    ...getRoleQueryOptions(personaKey(session), roleId ?? ''),
    enabled: !!session.token && !!roleId && (options.enabled ?? true),
  });
}
