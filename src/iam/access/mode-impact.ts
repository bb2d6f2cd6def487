/**
 * modeImpact: who gains or loses an action when the authorization mode changes (Global
 * Configuration's mode confirmation). Compares the decision in the current mode with the target
 * mode (default: the other one) for every user of the snapshot, through the bulk path
 * (evaluateAccessDecisions), so that 10,000 users take milliseconds on the main thread.
 */
import type { AuthMode, Snapshot } from '../model';
import { evaluateAccessDecisions } from './evaluate-access-decisions';

export interface ModeImpactRequest {
  action: string;
  projectId?: string;
  workspaceId?: string;
  /** The mode being switched to; defaults to the opposite of the snapshot's. */
  to?: AuthMode;
}

export interface ModeImpact {
  /** User names newly allowed in the target mode, sorted. */
  gain: string[];
  /** User names allowed now and denied in the target mode, sorted. */
  lose: string[];
}

export function modeImpact(snapshot: Snapshot, request: ModeImpactRequest): ModeImpact {
  const from: AuthMode = snapshot.authMode;
  const to: AuthMode = request.to ?? (from === 'strict' ? 'loose' : 'strict');
  const gain: string[] = [];
  const lose: string[] = [];
  if (from === to) return { gain, lose };
  const target = { projectId: request.projectId, workspaceId: request.workspaceId };
  const ids = snapshot.users.map((u) => u.id);
  const before = evaluateAccessDecisions(snapshot, ids, [request.action], { ...target, authMode: from });
  const after = evaluateAccessDecisions(snapshot, ids, [request.action], { ...target, authMode: to });
  snapshot.users.forEach((user, i) => {
    const was = before[i]!.decision === 'allow';
    const is = after[i]!.decision === 'allow';
    if (!was && is) gain.push(user.name);
    else if (was && !is) lose.push(user.name);
  });
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return { gain: gain.sort(byName), lose: lose.sort(byName) };
}
