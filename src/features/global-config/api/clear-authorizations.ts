/**
 * DELETE /v2/{project_id}/authorizations?user_id=all — Clear Authorization: every authorization
 * of the account. Optimistic: the table empties at once and is restored if the call fails.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSession } from '@/components/session/use-session';
import { invalidateAuthorizations, patchAuthorizationPages, restoreAuthorizationPages } from './authorization-cache';
import { deleteAuthorization } from './delete-authorization';
import { personaKey } from './keys';

export const CLEAR_ALL_USER_ID = 'all';

export function clearAuthorizations(projectId: string) {
  return deleteAuthorization(projectId, CLEAR_ALL_USER_ID);
}

export function useClearAuthorizations() {
  const queryClient = useQueryClient();
  const session = useSession();
  const who = personaKey(session);
  return useMutation({
    mutationFn: () => clearAuthorizations(session.projectId),
    onMutate: async () => {
      const snapshot = await patchAuthorizationPages(queryClient, who, () => ({ total_count: 0, auth: [] }));
      return { snapshot };
    },
    onError: (_e, _v, context) => restoreAuthorizationPages(queryClient, context?.snapshot),
    onSettled: () => invalidateAuthorizations(queryClient, who),
  });
}
