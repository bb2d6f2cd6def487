/** POST /v3/groups — validated with the contract's schema before it is sent (the server uses the same). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { request } from '@/api/client';
import { createGroupSchema, groupSchema, type CreateGroupBody } from '@/api/contracts/iam';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { iamKeys, personaKey } from './keys';

const groupResponseSchema = z.object({ group: groupSchema });

export async function createGroup(body: CreateGroupBody) {
  return (await request(buildPath('groups'), groupResponseSchema, { method: 'POST', body: createGroupSchema.parse(body) })).group;
}

export function useCreateGroup() {
  const queryClient = useQueryClient();
  const who = personaKey(useSession());
  return useMutation({ mutationFn: createGroup, onSuccess: () => queryClient.invalidateQueries({ queryKey: iamKeys.persona(who) }) });
}
