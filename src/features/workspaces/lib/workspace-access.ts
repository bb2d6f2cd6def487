/**
 * "Who can use this workspace": every user of the organisation with the engine's verdict for a
 * representative workspace action (listing notebooks) in this workspace and the current region.
 */
import { evaluateAccess, type AccessResult, type Snapshot } from '@/iam';

/** The action asked for each user: the first thing anyone does in a workspace. */
export const PROBE_ACTION = 'modelarts:notebook:list';

export interface UserVerdict {
  userId: string;
  userName: string;
  type: 'iam' | 'federate';
  root: boolean;
  result: AccessResult;
}

export function workspaceVerdicts(snapshot: Snapshot, workspaceId: string, projectId: string): UserVerdict[] {
  return snapshot.users
    .map((u) => ({
      userId: u.id,
      userName: u.name,
      type: u.type,
      root: !!u.root,
      result: evaluateAccess(snapshot, { user: u.id, action: PROBE_ACTION, workspaceId, projectId }),
    }))
    .sort((a, b) => Number(b.root) - Number(a.root) || a.userName.localeCompare(b.userName));
}

export type VerdictFilter = 'all' | 'allowed' | 'denied';

/** Allowed whatever the context: a Conditional verdict (values the request lacks could change it) is not counted as allowed. */
export function isAllowed(result: AccessResult): boolean {
  return result.decision === 'allow' && result.conditional === undefined;
}

export function filterVerdicts(rows: readonly UserVerdict[], filter: VerdictFilter, search: string): UserVerdict[] {
  const needle = search.trim().toLowerCase();
  return rows.filter(
    (r) =>
      (filter === 'all' || (filter === 'allowed') === isAllowed(r.result)) &&
      (!needle || r.userName.toLowerCase().includes(needle)),
  );
}
