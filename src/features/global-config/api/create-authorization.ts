/** POST /v2/{project_id}/authorizations — the last step of Add Authorization. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/api/client';
import { createAuthorizationSchema, resultSchema, type CreateAuthorizationBody } from '@/api/contracts/modelarts';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { invalidateAuthorizations } from './authorization-cache';
import { personaKey } from './keys';

export function createAuthorization(projectId: string, body: CreateAuthorizationBody) {
  return request(buildPath('authorizations', { projectId }), resultSchema, {
    method: 'POST',
    body: createAuthorizationSchema.parse(body),
  });
}

export function useCreateAuthorization() {
  const queryClient = useQueryClient();
  const session = useSession();
  return useMutation({
    mutationFn: (body: CreateAuthorizationBody) => createAuthorization(session.projectId, body),
    onSettled: () => invalidateAuthorizations(queryClient, personaKey(session)),
  });
}
