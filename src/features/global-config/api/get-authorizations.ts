/** GET /v2/{project_id}/authorizations — one page of Global Configuration, sorted and searched by the server. */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/api/client';
import { authorizationListSchema, type AuthorizationList } from '@/api/contracts/modelarts';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { globalConfigKeys, personaKey } from './keys';

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

export function getAuthorizations(projectId: string, query: AuthorizationPageQuery, signal?: AbortSignal): Promise<AuthorizationList> {
  return request(buildPath('authorizations', { projectId }), authorizationListSchema, {
    query: { ...query, search: query.search || undefined },
    signal,
  });
}

export function getAuthorizationsQueryOptions(who: string, projectId: string, query: AuthorizationPageQuery) {
  return queryOptions({
    queryKey: globalConfigKeys.authorizationList(who, projectId, query),
    queryFn: ({ signal }) => getAuthorizations(projectId, query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAuthorizations(query: AuthorizationPageQuery, options: { enabled?: boolean } = {}) {
  const session = useSession();
  return useQuery({
    ...getAuthorizationsQueryOptions(personaKey(session), session.projectId, query),
    enabled: !!session.token && (options.enabled ?? true),
  });
}
