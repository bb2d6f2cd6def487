/**
 * The organisation as the engine sees it, read through the regular APIs (users, groups and
 * their members, roles, role assignments, agencies, authorizations, workspaces, auth mode,
 * projects, enterprise projects — never `/__mock/`; `@/api/org-input`). Used by the
 * authorization-mode confirmation ("users who gain or lose access").
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchOrgSnapshot } from '@/api/org-input';
import type { Snapshot } from '@/iam';
import { useSession } from '@/components/session/use-session';
import { globalConfigKeys, personaKey } from './keys';

export async function getOrgSnapshot(projectId: string, domain: { id: string; name: string }, signal?: AbortSignal): Promise<Snapshot> {
  // The converter types statements loosely; the engine reads malformed ones safely.
  return (await fetchOrgSnapshot(projectId, domain, signal)) as unknown as Snapshot;
}

export function getOrgSnapshotQueryOptions(who: string, projectId: string, domain: { id: string; name: string }) {
  return queryOptions({
    queryKey: [...globalConfigKeys.all, who, 'org-snapshot', projectId] as const,
    queryFn: ({ signal }) => getOrgSnapshot(projectId, domain, signal),
  });
}

export function useOrgSnapshot(options: { enabled?: boolean } = {}) {
  const session = useSession();
  const domain = { id: session.domainId ?? '', name: session.domainName ?? '' };
  return useQuery({
    ...getOrgSnapshotQueryOptions(personaKey(session), session.projectId, domain),
    enabled: !!session.token && !!session.domainId && (options.enabled ?? true),
  });
}
