/** DELETE /v3/users/{id} — also removes the user's authorization and workspace grants (server cascade). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { request } from '@/api/client';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { iamKeys, personaKey } from './keys';

export async function deleteUser(userId: string): Promise<void> {
  await request(buildPath('user', { userId }), z.unknown(), { method: 'DELETE' });
}

export function useDeleteUser() {
  const queryClient = useQueryClient();
  const who = personaKey(useSession());
  return useMutation({ mutationFn: deleteUser, onSuccess: () => queryClient.invalidateQueries({ queryKey: iamKeys.persona(who) }) });
}
