/**
 * ModelArts authorizations (Global Configuration) — GET/POST/PUT/DELETE
 * /v2/{project_id}/authorizations: the one owner of the `authorizations` keys. Modify, Delete and
 * Clear are optimistic: every cached page of the persona changes at once and is restored if the
 * call fails.
 */
import { keepPreviousData, queryOptions, useQuery, useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { request } from '../client';
import {
  authorizationListSchema,
  createAuthorizationSchema,
  resultSchema,
  type AuthorizationList,
  type CreateAuthorizationBody,
} from '../contracts/modelarts';
import { buildPath } from '../paths';
import { useResourceMutation } from './invalidation';
import { useApiScope, type Persona } from './persona';

export type AuthorizationSortField = 'user_name' | 'create_time';
export type SortOrder = 'asc' | 'desc';

/** One page request of the list (docs/api.md "Lists"; `search` is ours). */
export interface AuthorizationPageQuery {
  limit: number;
  offset: number;
  sort_by: AuthorizationSortField;
  order: SortOrder;
  search?: string;
}

export const authorizationKeys = {
  all: (p: Persona) => ['authorizations', p] as const,
  page: (p: Persona, projectId: string, query: AuthorizationPageQuery) => ['authorizations', p, projectId, 'page', query] as const,
};

export function getAuthorizations(projectId: string, query: AuthorizationPageQuery, signal?: AbortSignal): Promise<AuthorizationList> {
  return request(buildPath('authorizations', { projectId }), authorizationListSchema, { query: { ...query, search: query.search || undefined }, signal });
}
export function getAuthorizationsQueryOptions(p: Persona, projectId: string, query: AuthorizationPageQuery) {
  return queryOptions({
    queryKey: authorizationKeys.page(p, projectId, query),
    queryFn: ({ signal }) => getAuthorizations(projectId, query, signal),
    placeholderData: keepPreviousData,
  });
}
export function useAuthorizations(query: AuthorizationPageQuery, options: { enabled?: boolean } = {}) {
  const s = useApiScope();
  return useQuery({ ...getAuthorizationsQueryOptions(s.persona, s.projectId, query), enabled: s.ready && (options.enabled ?? true) });
}

// --- optimistic patches -----------------------------------------------------------------------
type SavedPages = [QueryKey, AuthorizationList | undefined][];

/** Cancels running fetches, saves every cached page of the persona and applies `change` to each. */
export async function patchAuthorizationPages(queryClient: QueryClient, p: Persona, change: (list: AuthorizationList) => AuthorizationList): Promise<SavedPages> {
  const filter = { queryKey: authorizationKeys.all(p) };
  await queryClient.cancelQueries(filter);
  const saved = queryClient.getQueriesData<AuthorizationList>(filter);
  for (const [key, data] of saved) if (data) queryClient.setQueryData<AuthorizationList>(key, change(data));
  return saved;
}
/** Puts the saved pages back (rollback). */
export function restoreAuthorizationPages(queryClient: QueryClient, saved: SavedPages | undefined): void {
  for (const [key, data] of saved ?? []) queryClient.setQueryData(key, data);
}

/** A mutation of the list that patches every cached page first and rolls back on failure. */
function useOptimisticAuthorizationMutation<V>(mutationFn: (projectId: string, v: V) => Promise<unknown>, change: (v: V) => (list: AuthorizationList) => AuthorizationList) {
  const queryClient = useQueryClient();
  const { persona, projectId } = useApiScope();
  return useResourceMutation(['authorizations'], {
    mutationFn: (v: V) => mutationFn(projectId, v),
    onMutate: async (v) => ({ saved: await patchAuthorizationPages(queryClient, persona, change(v)) }),
    onError: (_e, _v, context) => restoreAuthorizationPages(queryClient, context?.saved),
  });
}

// --- mutations --------------------------------------------------------------------------------
/** POST — the last step of Add Authorization. */
export function createAuthorization(projectId: string, body: CreateAuthorizationBody) {
  return request(buildPath('authorizations', { projectId }), resultSchema, { method: 'POST', body: createAuthorizationSchema.parse(body) });
}
export function useCreateAuthorization() {
  const { projectId } = useApiScope();
  return useResourceMutation(['authorizations'], { mutationFn: (body: CreateAuthorizationBody) => createAuthorization(projectId, body) });
}

/** PUT (ours) — Modify: replaces a user's agency atomically, so the user is never left without one. */
export function updateAuthorization(projectId: string, body: CreateAuthorizationBody) {
  return request(buildPath('authorizations', { projectId }), resultSchema, { method: 'PUT', body: createAuthorizationSchema.parse(body) });
}
/** `rowUserId` names the row to patch optimistically (the API's user_id of that row). */
export interface UpdateAuthorizationInput {
  rowUserId: string;
  body: CreateAuthorizationBody;
}
export const useUpdateAuthorization = () =>
  useOptimisticAuthorizationMutation(
    (projectId, { body }: UpdateAuthorizationInput) => updateAuthorization(projectId, body),
    ({ rowUserId, body }) =>
      (list) => ({ ...list, auth: list.auth.map((a) => (a.user_id === rowUserId ? { ...a, content: body.content } : a)) }),
  );

/** DELETE ?user_id= — one user's authorization; `all` clears every row. */
export function deleteAuthorization(projectId: string, userId: string) {
  return request(buildPath('authorizations', { projectId }), resultSchema, { method: 'DELETE', query: { user_id: userId } });
}
export const useDeleteAuthorization = () =>
  useOptimisticAuthorizationMutation(deleteAuthorization, (userId: string) => (list) => {
    const auth = list.auth.filter((a) => a.user_id !== userId);
    return { total_count: list.total_count - (list.auth.length - auth.length), auth };
  });

export const CLEAR_ALL_USER_ID = 'all';
/** Clear Authorization: every authorization of the account. */
export const useClearAuthorizations = () =>
  useOptimisticAuthorizationMutation(
    (projectId) => deleteAuthorization(projectId, CLEAR_ALL_USER_ID),
    () => () => ({ total_count: 0, auth: [] }),
  );
