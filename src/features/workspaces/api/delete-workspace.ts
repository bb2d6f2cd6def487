/**
 * DELETE /v1/{project_id}/workspaces/{id} — asynchronous: the workspace turns DELETING and the
 * lists poll until it is gone.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { request } from '@/api/client';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { invalidateWorkspaces } from './invalidate';
import { personaKey } from './keys';

const deleteReplySchema = z.object({ workspace_id: z.string() });

export function deleteWorkspace(projectId: string, workspaceId: string) {
  return request(buildPath('workspace', { projectId, workspaceId }), deleteReplySchema, { method: 'DELETE' });
}

export function useDeleteWorkspace() {
  const queryClient = useQueryClient();
  const session = useSession();
  return useMutation({
    mutationFn: (workspaceId: string) => deleteWorkspace(session.projectId, workspaceId),
    onSettled: () => invalidateWorkspaces(queryClient, personaKey(session)),
  });
}
