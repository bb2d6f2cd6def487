/** PUT /v1/auth-mode — optimistic: the radio moves at once and moves back if the call fails. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/api/client';
import { authModeResponseSchema, type AuthModeValue } from '@/api/contracts/modelarts';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { globalConfigKeys, personaKey } from './keys';

export function updateAuthMode(mode: AuthModeValue) {
  return request(buildPath('authMode'), authModeResponseSchema, { method: 'PUT', body: { mode } });
}

type ModeData = { domain_id: string; mode: AuthModeValue };

export function useUpdateAuthMode() {
  const queryClient = useQueryClient();
  const key = globalConfigKeys.authMode(personaKey(useSession()));
  return useMutation({
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
