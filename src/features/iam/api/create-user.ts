/** POST /v3/users — validated with the contract's schema before it is sent (the server uses the same). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/api/client';
import { createUserSchema, userResponseSchema, type CreateUserBody } from '@/api/contracts/iam';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { iamKeys, personaKey } from './keys';

export async function createUser(body: CreateUserBody) {
  return (await request(buildPath('users'), userResponseSchema, { method: 'POST', body: createUserSchema.parse(body) })).user;
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  const who = personaKey(useSession());
  return useMutation({ mutationFn: createUser, onSuccess: () => queryClient.invalidateQueries({ queryKey: iamKeys.persona(who) }) });
}
