/**
 * modeImpact: who gains or loses an action when the authorization mode changes (Global
 * Configuration's mode confirmation). Compares evaluateAccess in the current mode with the
 * target mode (default: the other one) for every user of the snapshot.
 */
import type { AuthMode, Snapshot } from '../model';
import { evaluateAccess } from './evaluate-access';

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
  const base = { action: request.action, projectId: request.projectId, workspaceId: request.workspaceId };
  for (const user of snapshot.users) {
    const before = evaluateAccess(snapshot, { ...base, user: user.id, authMode: from }).decision === 'allow';
    const after = evaluateAccess(snapshot, { ...base, user: user.id, authMode: to }).decision === 'allow';
    if (!before && after) gain.push(user.name);
    else if (before && !after) lose.push(user.name);
  }
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return { gain: gain.sort(byName), lose: lose.sort(byName) };
}
