/**
 * ModelArts workspaces — GET/POST /v1/{project_id}/workspaces, GET/PUT/DELETE …/{id}, GET/PUT
 * …/{id}/quotas: the one owner of the `workspaces` keys, the header's switcher list included.
 * While a workspace is DELETING, the lists and its detail poll until the service has removed it.
 */
import { keepPreviousData, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { request } from '../client';
import {
  createWorkspaceSchema,
  updateWorkspaceQuotasSchema,
  updateWorkspaceSchema,
  workspaceListSchema,
  workspaceQuotasSchema,
  workspaceSchema,
  type CreateWorkspaceBody,
  type UpdateWorkspaceBody,
  type Workspace,
  type WorkspaceList,
  type WorkspaceQuota,
} from '../contracts/modelarts';
import { buildPath } from '../paths';
import { useResourceMutation } from './invalidation';
import { useApiScope, type Persona } from './persona';

export const DELETING_POLL_MS = 1000;

export interface WorkspacePageQuery {
  limit: number;
  offset: number;
  sort_by: 'name' | 'update_time' | 'status';
  order: 'asc' | 'desc';
  name?: string;
  enterprise_project_id?: string;
}

export const workspaceKeys = {
  all: (p: Persona) => ['workspaces', p] as const,
  page: (p: Persona, projectId: string, query: WorkspacePageQuery) => ['workspaces', p, projectId, 'page', query] as const,
  accessible: (p: Persona, projectId: string) => ['workspaces', p, projectId, 'accessible'] as const,
  detail: (p: Persona, projectId: string, id: string) => ['workspaces', p, projectId, 'detail', id] as const,
  quotas: (p: Persona, projectId: string, id: string) => ['workspaces', p, projectId, 'quotas', id] as const,
};

/** Poll while any listed workspace is being deleted. */
export function deletingInterval(data: WorkspaceList | undefined): number | false {
  return data?.workspaces.some((w) => w.status === 'DELETING') ? DELETING_POLL_MS : false;
}

// --- lists ------------------------------------------------------------------------------------
export function getWorkspaces(projectId: string, query: WorkspacePageQuery, signal?: AbortSignal): Promise<WorkspaceList> {
  return request(buildPath('workspaces', { projectId }), workspaceListSchema, { query: { ...query }, signal });
}
export function getWorkspacesQueryOptions(p: Persona, projectId: string, query: WorkspacePageQuery) {
  return queryOptions({
    queryKey: workspaceKeys.page(p, projectId, query),
    queryFn: ({ signal }) => getWorkspaces(projectId, query, signal),
    placeholderData: keepPreviousData,
    refetchInterval: (q) => deletingInterval(q.state.data),
  });
}
export function useWorkspaces(query: WorkspacePageQuery) {
  const s = useApiScope();
  return useQuery({ ...getWorkspacesQueryOptions(s.persona, s.projectId, query), enabled: s.ready });
}

/** The workspaces the signed-in user may access (the switcher). */
export function getAccessibleWorkspaces(projectId: string, signal?: AbortSignal) {
  return request(buildPath('workspaces', { projectId }), workspaceListSchema, {
    query: { filter_accessible: true, limit: 1000, sort_by: 'name', order: 'asc' },
    signal,
  });
}
export function getAccessibleWorkspacesQueryOptions(p: Persona, projectId: string) {
  return queryOptions({ queryKey: workspaceKeys.accessible(p, projectId), queryFn: ({ signal }) => getAccessibleWorkspaces(projectId, signal) });
}
export function useAccessibleWorkspaces() {
  const s = useApiScope();
  return useQuery({ ...getAccessibleWorkspacesQueryOptions(s.persona, s.projectId), enabled: s.ready });
}

// --- one workspace ----------------------------------------------------------------------------
/** One workspace, with its version for optimistic concurrency. */
export function getWorkspace(projectId: string, workspaceId: string, signal?: AbortSignal): Promise<Workspace> {
  return request(buildPath('workspace', { projectId, workspaceId }), workspaceSchema, { signal });
}
export function getWorkspaceQueryOptions(p: Persona, projectId: string, workspaceId: string) {
  return queryOptions({
    queryKey: workspaceKeys.detail(p, projectId, workspaceId),
    queryFn: ({ signal }) => getWorkspace(projectId, workspaceId, signal),
    refetchInterval: (q) => (q.state.data?.status === 'DELETING' ? DELETING_POLL_MS : false),
  });
}
export function useWorkspace(workspaceId: string) {
  const s = useApiScope();
  return useQuery({ ...getWorkspaceQueryOptions(s.persona, s.projectId, workspaceId), enabled: s.ready });
}

/** Quota, limits and usage per resource (-1 = unlimited). */
export async function getWorkspaceQuotas(projectId: string, workspaceId: string, signal?: AbortSignal): Promise<WorkspaceQuota[]> {
  return (await request(buildPath('workspaceQuotas', { projectId, workspaceId }), workspaceQuotasSchema, { signal })).quotas;
}
export function getWorkspaceQuotasQueryOptions(p: Persona, projectId: string, workspaceId: string) {
  return queryOptions({ queryKey: workspaceKeys.quotas(p, projectId, workspaceId), queryFn: ({ signal }) => getWorkspaceQuotas(projectId, workspaceId, signal) });
}
export function useWorkspaceQuotas(workspaceId: string, options: { enabled?: boolean } = {}) {
  const s = useApiScope();
  return useQuery({ ...getWorkspaceQuotasQueryOptions(s.persona, s.projectId, workspaceId), enabled: s.ready && (options.enabled ?? true) });
}

// --- mutations --------------------------------------------------------------------------------
export function createWorkspace(projectId: string, body: CreateWorkspaceBody): Promise<Workspace> {
  return request(buildPath('workspaces', { projectId }), workspaceSchema, { method: 'POST', body: createWorkspaceSchema.parse(body) });
}
export function useCreateWorkspace() {
  const { projectId } = useApiScope();
  return useResourceMutation(['workspaces'], { mutationFn: (body: CreateWorkspaceBody) => createWorkspace(projectId, body) });
}

/** PUT — sends the version the edit started from; a stale one is answered 409 (ModelArts.0409), nothing is overwritten. */
export function updateWorkspace(projectId: string, workspaceId: string, body: UpdateWorkspaceBody): Promise<Workspace> {
  return request(buildPath('workspace', { projectId, workspaceId }), workspaceSchema, { method: 'PUT', body: updateWorkspaceSchema.parse(body) });
}
export interface UpdateWorkspaceInput {
  id: string;
  body: UpdateWorkspaceBody;
}
export function useUpdateWorkspace() {
  const { projectId } = useApiScope();
  return useResourceMutation(['workspaces'], { mutationFn: ({ id, body }: UpdateWorkspaceInput) => updateWorkspace(projectId, id, body) });
}

const deleteReplySchema = z.object({ workspace_id: z.string() });
/** DELETE — asynchronous: the workspace turns DELETING and the lists poll until it is gone. */
export function deleteWorkspace(projectId: string, workspaceId: string) {
  return request(buildPath('workspace', { projectId, workspaceId }), deleteReplySchema, { method: 'DELETE' });
}
export function useDeleteWorkspace() {
  const { projectId } = useApiScope();
  return useResourceMutation(['workspaces'], { mutationFn: (workspaceId: string) => deleteWorkspace(projectId, workspaceId) });
}

export type QuotaChange = z.infer<typeof updateWorkspaceQuotasSchema>['quotas'][number];
/** PUT quotas — validated with the service's schema; the reply is the new quotas (written to the cache). */
export async function updateWorkspaceQuotas(projectId: string, workspaceId: string, quotas: QuotaChange[]): Promise<WorkspaceQuota[]> {
  const res = await request(buildPath('workspaceQuotas', { projectId, workspaceId }), workspaceQuotasSchema, {
    method: 'PUT',
    body: updateWorkspaceQuotasSchema.parse({ quotas }),
  });
  return res.quotas;
}
export function useUpdateWorkspaceQuotas(workspaceId: string) {
  const queryClient = useQueryClient();
  const { persona, projectId } = useApiScope();
  return useResourceMutation(['workspaces'], {
    mutationFn: (quotas: QuotaChange[]) => updateWorkspaceQuotas(projectId, workspaceId, quotas),
    onSuccess: (quotas) => queryClient.setQueryData(workspaceKeys.quotas(persona, projectId, workspaceId), quotas),
  }, { access: false });
}
