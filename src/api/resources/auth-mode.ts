/**
 * The authorization mode — GET/PUT /v1/auth-mode (strict or loose = non-strict): the one owner of
 * the `auth-mode` keys. PUT is optimistic: the radio moves at once and moves back if the call fails.
 */
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from '../client';
import { authModeResponseSchema, type AuthModeValue } from '../contracts/modelarts';
import { buildPath } from '../paths';
import { useResourceMutation } from './invalidation';
import { useApiScope, type Persona } from './persona';

export const authModeKeys = {
  all: (p: Persona) => ['auth-mode', p] as const,
};

export function getAuthMode(signal?: AbortSignal) {
  return request(buildPath('authMode'), authModeResponseSchema, { signal });
}
export function getAuthModeQueryOptions(p: Persona) {
  return queryOptions({ queryKey: authModeKeys.all(p), queryFn: ({ signal }) => getAuthMode(signal) });
}
export function useAuthMode(options: { enabled?: boolean } = {}) {
  const s = useApiScope();
  return useQuery({ ...getAuthModeQueryOptions(s.persona), enabled: s.ready && (options.enabled ?? true) });
}

export function updateAuthMode(mode: AuthModeValue) {
  return request(buildPath('authMode'), authModeResponseSchema, { method: 'PUT', body: { mode } });
}

type ModeData = { domain_id: string; mode: AuthModeValue };

export function useUpdateAuthMode() {
  const queryClient = useQueryClient();
  const key = authModeKeys.all(useApiScope().persona);
  return useResourceMutation(['auth-mode'], {
    mutationFn: updateAuthMode,
    onMutate: async (mode) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<ModeData>(key);
      if (previous) queryClient.setQueryData<ModeData>(key, { ...previous, mode });
      return { previous };
    },
    onError: (_e, _mode, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSuccess: (data) => queryClient.setQueryData(key, data),
  });
}
