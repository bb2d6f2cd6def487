/**
 * The engine's snapshot of the organisation, built in the browser from the regular APIs
 * (`@/api/org-input`).
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchOrgSnapshot } from '@/api/org-input';
import type { Snapshot } from '@/iam';
import { useSession } from '@/components/session/use-session';
import { analyzerKeys, personaKey } from './keys';

export async function getOrgSnapshot(projectId: string, domain: { id: string; name: string }, signal?: AbortSignal): Promise<Snapshot> {
  // The converter types statements loosely (any keys); the engine reads malformed ones safely.
  return (await fetchOrgSnapshot(projectId, domain, signal)) as unknown as Snapshot;
}

export function getOrgSnapshotQueryOptions(who: string, projectId: string, domain: { id: string; name: string }) {
  return queryOptions({
    queryKey: analyzerKeys.orgSources(who, projectId),
    queryFn: ({ signal }) => getOrgSnapshot(projectId, domain, signal),
    staleTime: 30_000,
  });
}

/** The organisation as the engine sees it, for the current region project. */
export function useOrgSnapshot() {
  const session = useSession();
  const domain = { id: session.domainId ?? '', name: session.domainName ?? '' };
  return useQuery({
    ...getOrgSnapshotQueryOptions(personaKey(session), session.projectId, domain),
    enabled: !!session.token && !!session.domainId,
  });
}
