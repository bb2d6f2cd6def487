/** GET /v1/{project_id}/workspaces/{id}/quotas — quota, limits and usage per resource (-1 = unlimited). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/api/client';
import { workspaceQuotasSchema, type WorkspaceQuota } from '@/api/contracts/modelarts';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { personaKey, workspaceKeys } from './keys';

export async function getWorkspaceQuotas(projectId: string, workspaceId: string, signal?: AbortSignal): Promise<WorkspaceQuota[]> {
  const res = await request(buildPath('workspaceQuotas', { projectId, workspaceId }), workspaceQuotasSchema, { signal });
  return res.quotas;
}

export function getWorkspaceQuotasQueryOptions(who: string, projectId: string, workspaceId: string) {
  return queryOptions({
    queryKey: workspaceKeys.quotas(who, projectId, workspaceId),
    queryFn: ({ signal }) => getWorkspaceQuotas(projectId, workspaceId, signal),
  });
}

export function useWorkspaceQuotas(workspaceId: string, options: { enabled?: boolean } = {}) {
  const session = useSession();
  return useQuery({
    ...getWorkspaceQuotasQueryOptions(personaKey(session), session.projectId, workspaceId),
    enabled: !!session.token && (options.enabled ?? true),
  });
}
