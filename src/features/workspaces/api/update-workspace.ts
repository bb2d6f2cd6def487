/**
 * PUT /v1/{project_id}/workspaces/{id} — sends the version the edit started from; a stale one is
 * answered 409 (ModelArts.0409) and nothing is overwritten (see the conflict dialog).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/api/client';
import { updateWorkspaceSchema, workspaceSchema, type UpdateWorkspaceBody, type Workspace } from '@/api/contracts/modelarts';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { invalidateWorkspaces } from './invalidate';
import { personaKey } from './keys';

export function updateWorkspace(projectId: string, workspaceId: string, body: UpdateWorkspaceBody): Promise<Workspace> {
  return request(buildPath('workspace', { projectId, workspaceId }), workspaceSchema, { method: 'PUT', body: updateWorkspaceSchema.parse(body) });
}

export interface UpdateWorkspaceInput {
  id: string;
  body: UpdateWorkspaceBody;
}

export function useUpdateWorkspace() {
  const queryClient = useQueryClient();
  const session = useSession();
  return useMutation({
    mutationFn: ({ id, body }: UpdateWorkspaceInput) => updateWorkspace(session.projectId, id, body),
    onSuccess: () => invalidateWorkspaces(queryClient, personaKey(session)),
  });
}
