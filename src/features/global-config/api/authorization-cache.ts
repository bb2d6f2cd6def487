/** Helpers for optimistic updates of the cached authorization pages (every sort, search and page). */
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { AuthorizationList } from '@/api/contracts/modelarts';
import { invalidateAgencies } from '@/api/resources/agencies';
import { globalConfigKeys } from './keys';

export type Snapshot = [QueryKey, AuthorizationList | undefined][];

/** Cancels running fetches, saves every cached page and applies `change` to each. */
export async function patchAuthorizationPages(
  queryClient: QueryClient,
  who: string,
  change: (list: AuthorizationList) => AuthorizationList,
): Promise<Snapshot> {
  const filter = { queryKey: globalConfigKeys.authorizations(who) };
  await queryClient.cancelQueries(filter);
  const snapshot = queryClient.getQueriesData<AuthorizationList>(filter);
  for (const [key, data] of snapshot) if (data) queryClient.setQueryData<AuthorizationList>(key, change(data));
  return snapshot;
}

/** Puts the saved pages back (rollback). */
export function restoreAuthorizationPages(queryClient: QueryClient, snapshot: Snapshot | undefined): void {
  for (const [key, data] of snapshot ?? []) queryClient.setQueryData(key, data);
}

/** The authorization lists, and the agencies' "used by" (read from the authorizations). */
export async function invalidateAuthorizations(queryClient: QueryClient, who: string): Promise<void> {
  await Promise.all([queryClient.invalidateQueries({ queryKey: globalConfigKeys.authorizations(who) }), invalidateAgencies(queryClient, who)]);
}
