/**
 * PUT /v2/{project_id}/authorizations — Modify: replaces a user's agency atomically (ours), so the
 * user is never left without one. Optimistic: the row shows the new agency at once and rolls back
 * if the call fails.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/api/client';
import { createAuthorizationSchema, resultSchema, type CreateAuthorizationBody } from '@/api/contracts/modelarts';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { invalidateAuthorizations, patchAuthorizationPages, restoreAuthorizationPages } from './authorization-cache';
import { personaKey } from './keys';

export function updateAuthorization(projectId: string, body: CreateAuthorizationBody) {
  return request(buildPath('authorizations', { projectId }), resultSchema, {
    method: 'PUT',
    body: createAuthorizationSchema.parse(body),
  });
}

/** `rowUserId` names the row to patch optimistically (the API's user_id of that row). */
export interface UpdateAuthorizationInput {
  rowUserId: string;
  body: CreateAuthorizationBody;
}

export function useUpdateAuthorization() {
  const queryClient = useQueryClient();
  const session = useSession();
  const who = personaKey(session);
  return useMutation({
    mutationFn: ({ body }: UpdateAuthorizationInput) => updateAuthorization(session.projectId, body),
    onMutate: async ({ rowUserId, body }) => {
      const snapshot = await patchAuthorizationPages(queryClient, who, (list) => ({
        ...list,
        auth: list.auth.map((a) => (a.user_id === rowUserId ? { ...a, content: body.content } : a)),
      }));
      return { snapshot };
    },
    onError: (_e, _v, context) => restoreAuthorizationPages(queryClient, context?.snapshot),
    onSettled: () => invalidateAuthorizations(queryClient, who),
  });
}
