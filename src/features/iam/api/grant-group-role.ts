/**
 * Grant and revoke policies for user groups and agencies (`@/api/resources/grants`), with the
 * invalidation of every view that shows them (IAM lists and agencies).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateAgencies } from '@/api/resources/agencies';
import { grantAll, revokeRole, type Grant } from '@/api/resources/grants';
import { useSession } from '@/components/session/use-session';
import { iamKeys, personaKey } from './keys';

export type { Grant, GrantTarget } from '@/api/resources/grants';

function useInvalidateGrants() {
  const queryClient = useQueryClient();
  const who = personaKey(useSession());
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: iamKeys.persona(who) }), invalidateAgencies(queryClient, who)]);
}

export function useGrantRoles(onProgress: (done: number) => void) {
  const session = useSession();
  const invalidate = useInvalidateGrants();
  return useMutation({
    mutationFn: (grants: readonly Grant[]) => grantAll(session.domainId ?? '', grants, onProgress),
    onSettled: invalidate,
  });
}

export function useRevokeRole() {
  const session = useSession();
  const invalidate = useInvalidateGrants();
  return useMutation({
    mutationFn: (grant: Grant) => revokeRole(session.domainId ?? '', grant),
    onSettled: invalidate,
  });
}
