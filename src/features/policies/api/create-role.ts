/** POST /v3.0/OS-ROLE/roles — a custom policy. The body is checked with the contract's schema first. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/api/client';
import { createRoleSchema, roleResponseSchema, type CreateRoleBody, type Role } from '@/api/contracts/iam';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { personaKey, policiesKeys } from './keys';

export async function createRole(body: CreateRoleBody): Promise<Role> {
  const res = await request(buildPath('roles'), roleResponseSchema, { method: 'POST', body: createRoleSchema.parse(body) });
  return res.role;
}

export function useCreateRole() {
  const queryClient = useQueryClient();
  const who = personaKey(useSession());
  return useMutation({
    mutationFn: createRole,
    onSuccess: (role) => {
      queryClient.setQueryData(policiesKeys.role(who, role.id), role);
      return queryClient.invalidateQueries({ queryKey: policiesKeys.roles(who) });
    },
  });
}
