/** DELETE /v3/groups/{id} — also removes its memberships and grants (server cascade). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { request } from '@/api/client';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { iamKeys, personaKey } from './keys';

export async function deleteGroup(groupId: string): Promise<void> {
  await request(buildPath('group', { groupId }), z.unknown(), { method: 'DELETE' });
}

export function useDeleteGroup() {
  const queryClient = useQueryClient();
  const who = personaKey(useSession());
  return useMutation({ mutationFn: deleteGroup, onSuccess: () => queryClient.invalidateQueries({ queryKey: iamKeys.persona(who) }) });
}
