/**
 * The organisation as the engine sees it, built from the regular APIs only (users, groups and
 * their members, roles, role assignments, agencies, authorizations, workspaces, auth mode,
 * projects) — never from `/__mock/` — so it works unchanged against a real gateway. Needs the
 * IAM read permissions; a persona without them gets the 403 with the engine's explanation.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchOrgSnapshot } from '@/api/org-input';
import { useSession } from '@/components/session/use-session';
import type { Snapshot } from '@/iam';
import { personaKey, workspaceKeys } from './keys';

export async function getOrgSnapshot(session: { projectId: string; domainId: string | null; domainName: string | null }, signal?: AbortSignal): Promise<Snapshot> {
  const domain = { id: session.domainId ?? '', name: session.domainName ?? '' };
  // The converter types statements loosely; the engine reads malformed ones safely.
  return (await fetchOrgSnapshot(session.projectId, domain, signal)) as unknown as Snapshot;
}

export function getOrgSnapshotQueryOptions(who: string, session: Parameters<typeof getOrgSnapshot>[0]) {
  return queryOptions({
    queryKey: [...workspaceKeys.orgSnapshot(who), session.projectId],
    queryFn: ({ signal }) => getOrgSnapshot(session, signal),
    staleTime: 60_000,
  });
}

export function useOrgSnapshot(options: { enabled?: boolean } = {}) {
  const session = useSession();
  const { projectId, domainId, domainName } = session;
  return useQuery({
    ...getOrgSnapshotQueryOptions(personaKey(session), { projectId, domainId, domainName }),
    enabled: !!session.token && (options.enabled ?? true),
  });
}
