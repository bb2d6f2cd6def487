/** GET /v1/{project_id}/workspaces/{id} — one workspace (with its version, for optimistic concurrency). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/api/client';
import { workspaceSchema, type Workspace } from '@/api/contracts/modelarts';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { DELETING_POLL_MS } from './get-workspaces';
import { personaKey, workspaceKeys } from './keys';

export function getWorkspace(projectId: string, workspaceId: string, signal?: AbortSignal): Promise<Workspace> {
  return request(buildPath('workspace', { projectId, workspaceId }), workspaceSchema, { signal });
}

export function getWorkspaceQueryOptions(who: string, projectId: string, workspaceId: string) {
  return queryOptions({
    queryKey: workspaceKeys.detail(who, projectId, workspaceId),
    queryFn: ({ signal }) => getWorkspace(projectId, workspaceId, signal),
    refetchInterval: (q) => (q.state.data?.status === 'DELETING' ? DELETING_POLL_MS : false),
  });
}

export function useWorkspace(workspaceId: string) {
  const session = useSession();
  return useQuery({ ...getWorkspaceQueryOptions(personaKey(session), session.projectId, workspaceId), enabled: !!session.token });
}
