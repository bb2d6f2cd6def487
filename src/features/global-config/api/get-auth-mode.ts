/** GET /v1/auth-mode — strict or loose (non-strict). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/api/client';
import { authModeResponseSchema } from '@/api/contracts/modelarts';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { globalConfigKeys, personaKey } from './keys';

export function getAuthMode(signal?: AbortSignal) {
  return request(buildPath('authMode'), authModeResponseSchema, { signal });
}

export function getAuthModeQueryOptions(who: string) {
  return queryOptions({ queryKey: globalConfigKeys.authMode(who), queryFn: ({ signal }) => getAuthMode(signal) });
}

export function useAuthMode(options: { enabled?: boolean } = {}) {
  const session = useSession();
  return useQuery({ ...getAuthModeQueryOptions(personaKey(session)), enabled: !!session.token && (options.enabled ?? true) });
}
