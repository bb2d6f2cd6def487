/**
 * GET /v1/{project_id}/workspaces — one page of the Workspaces list (server-side search, filter,
 * sort and paging). While a row is DELETING the list polls until the service has removed it.
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/api/client';
import { workspaceListSchema, type WorkspaceList } from '@/api/contracts/modelarts';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { personaKey, workspaceKeys } from './keys';

export const DELETING_POLL_MS = 1000;

export interface WorkspacePageQuery {
  limit: number;
  offset: number;
  sort_by: 'name' | 'update_time' | 'status';
  order: 'asc' | 'desc';
  name?: string;
  enterprise_project_id?: string;
}

export function getWorkspaces(projectId: string, query: WorkspacePageQuery, signal?: AbortSignal): Promise<WorkspaceList> {
  return request(buildPath('workspaces', { projectId }), workspaceListSchema, { query: { ...query }, signal });
}

/** Poll while any listed workspace is being deleted. */
export function deletingInterval(data: WorkspaceList | undefined): number | false {
  return data?.workspaces.some((w) => w.status === 'DELETING') ? DELETING_POLL_MS : false;
}

export function getWorkspacesQueryOptions(who: string, projectId: string, query: WorkspacePageQuery) {
  return queryOptions({
    queryKey: workspaceKeys.list(who, projectId, query),
    queryFn: ({ signal }) => getWorkspaces(projectId, query, signal),
    placeholderData: keepPreviousData,
    refetchInterval: (q) => deletingInterval(q.state.data),
  });
}

export function useWorkspaces(query: WorkspacePageQuery) {
  const session = useSession();
  return useQuery({ ...getWorkspacesQueryOptions(personaKey(session), session.projectId, query), enabled: !!session.token });
}
