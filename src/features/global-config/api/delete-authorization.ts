/**
 * DELETE /v2/{project_id}/authorizations?user_id= — one user's authorization. Optimistic: the row
 * disappears at once and comes back if the call fails.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/api/client';
import { resultSchema } from '@/api/contracts/modelarts';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { invalidateAuthorizations, patchAuthorizationPages, restoreAuthorizationPages } from './authorization-cache';
import { personaKey } from './keys';

export function deleteAuthorization(projectId: string, userId: string) {
  return request(buildPath('authorizations', { projectId }), resultSchema, { method: 'DELETE', query: { user_id: userId } });
}

export function useDeleteAuthorization() {
  const queryClient = useQueryClient();
  const session = useSession();
  const who = personaKey(session);
  return useMutation({
    mutationFn: (userId: string) => deleteAuthorization(session.projectId, userId),
    onMutate: async (userId) => {
      const snapshot = await patchAuthorizationPages(queryClient, who, (list) => {
        const auth = list.auth.filter((a) => a.user_id !== userId);
        return { total_count: list.total_count - (list.auth.length - auth.length), auth };
      });
      return { snapshot };
    },
    onError: (_e, _v, context) => restoreAuthorizationPages(queryClient, context?.snapshot),
    onSettled: () => invalidateAuthorizations(queryClient, who),
  });
}
