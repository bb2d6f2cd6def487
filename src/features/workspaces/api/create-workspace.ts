/** POST /v1/{project_id}/workspaces — the body is validated with the same schema as the service's. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/api/client';
import { createWorkspaceSchema, workspaceSchema, type CreateWorkspaceBody, type Workspace } from '@/api/contracts/modelarts';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { invalidateWorkspaces } from './invalidate';
import { personaKey } from './keys';

export function createWorkspace(projectId: string, body: CreateWorkspaceBody): Promise<Workspace> {
  return request(buildPath('workspaces', { projectId }), workspaceSchema, { method: 'POST', body: createWorkspaceSchema.parse(body) });
}

export function useCreateWorkspace() {
  const queryClient = useQueryClient();
  const session = useSession();
  return useMutation({
    mutationFn: (body: CreateWorkspaceBody) => createWorkspace(session.projectId, body),
    onSuccess: () => invalidateWorkspaces(queryClient, personaKey(session)),
  });
}
