/** PUT / DELETE /v3/groups/{group_id}/users/{user_id} — add a user to a group or remove them. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { request } from '@/api/client';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { iamKeys, personaKey } from './keys';

export interface Membership {
  groupId: string;
  userId: string;
}

export async function addUserToGroup({ groupId, userId }: Membership): Promise<void> {
  await request(buildPath('groupUser', { groupId, userId }), z.unknown(), { method: 'PUT' });
}

export async function removeUserFromGroup({ groupId, userId }: Membership): Promise<void> {
  await request(buildPath('groupUser', { groupId, userId }), z.unknown(), { method: 'DELETE' });
}

/** Adds several memberships one after the other (one call each, as IAM has no batch call). */
export async function addMemberships(list: readonly Membership[]): Promise<void> {
  for (const m of list) await addUserToGroup(m);
}

function useMembershipMutation<V>(fn: (v: V) => Promise<void>) {
  const queryClient = useQueryClient();
  const who = personaKey(useSession());
  return useMutation({ mutationFn: fn, onSettled: () => queryClient.invalidateQueries({ queryKey: iamKeys.persona(who) }) });
}

export const useAddMemberships = () => useMembershipMutation(addMemberships);
export const useRemoveMembership = () => useMembershipMutation(removeUserFromGroup);
