/** Groups and training readiness of one page of the Users list (lib/users-glance.ts), from a snapshot of that page's users only. */
import { useMemo } from 'react';
import type { User } from '@/api/contracts/iam';
import { useUsersOrgSnapshot } from '@/api/resources/org-snapshot';
import { useApiScope } from '@/api/resources/persona';
import { useWorkspaceId } from '@/components/session/use-workspace-id';
import type { Snapshot } from '@/iam';
import { usersGlance, type UserGlance } from '../lib/users-glance';

export function useUsersGlance(rows: readonly User[]): { glance: ReadonlyMap<string, UserGlance>; pending: boolean; failed: boolean } {
  const { projectId } = useApiScope();
  const workspaceId = useWorkspaceId();
  const org = useUsersOrgSnapshot<Snapshot>(rows);
  const glance = useMemo(() => (org.data ? usersGlance(org.data, { projectId, workspaceId }) : new Map<string, UserGlance>()), [org.data, projectId, workspaceId]);
  return { glance, pending: org.isPending && org.fetchStatus !== 'idle', failed: org.isError };
}
