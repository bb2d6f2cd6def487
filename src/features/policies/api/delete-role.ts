/**
 * DELETE /v3.0/OS-ROLE/roles/{id} — a custom policy. While attached, the API answers 409 naming the
 * holders; the caller shows that message.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { request } from '@/api/client';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { personaKey, policiesKeys } from './keys';

export async function deleteRole(roleId: string): Promise<void> {
  await request(buildPath('role', { roleId }), z.unknown(), { method: 'DELETE' });
}

export function useDeleteRole() {
  const queryClient = useQueryClient();
  const who = personaKey(useSession());
  return useMutation({
    mutationFn: deleteRole,
    onSuccess: (_r, roleId) => {
      queryClient.removeQueries({ queryKey: policiesKeys.role(who, roleId) });
      return queryClient.invalidateQueries({ queryKey: policiesKeys.roles(who) });
    },
  });
}
