/**
 * PATCH /v3.0/OS-ROLE/roles/{id} — a custom policy. Send `version` (the one the edit started from):
 * a stale version answers 409 and nothing is overwritten.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/api/client';
import { createRoleSchema, roleResponseSchema, type CreateRoleBody, type Role } from '@/api/contracts/iam';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { personaKey, policiesKeys } from './keys';

export interface UpdateRoleInput {
  roleId: string;
  body: CreateRoleBody;
}

export async function updateRole({ roleId, body }: UpdateRoleInput): Promise<Role> {
  const res = await request(buildPath('role', { roleId }), roleResponseSchema, { method: 'PATCH', body: createRoleSchema.parse(body) });
  return res.role;
}

export function useUpdateRole() {
  const queryClient = useQueryClient();
  const who = personaKey(useSession());
  return useMutation({
    mutationFn: updateRole,
    onSuccess: (role) => {
      queryClient.setQueryData(policiesKeys.role(who, role.id), role);
      return queryClient.invalidateQueries({ queryKey: policiesKeys.roles(who) });
    },
  });
}
