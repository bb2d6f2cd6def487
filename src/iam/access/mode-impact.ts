/**
 * modeImpact: who gains or loses an action when the authorization mode changes (Global
 * Configuration's mode confirmation). Compares the decision in the current mode with the target
 * mode (default: the other one) for every user of the snapshot, through the bulk path
 * (previewConsequences: evaluateAccessDecisions), so that 10,000 users take milliseconds on the main thread.
 */
import type { AuthMode, Snapshot } from '../model';
import { previewConsequences } from './consequence-preview';

export interface ModeImpactRequest {
  action: string;
  projectId?: string;
  workspaceId?: string;
  /** The mode being switched to; defaults to the opposite of the snapshot's. */
  to?: AuthMode;
}

export interface ModeImpact {
  /** User names whose verdict rises in the target mode (Denied → Conditional → Allowed), sorted. */
  gain: string[];
  /** User names whose verdict falls in the target mode, sorted. */
  lose: string[];
}

export function modeImpact(snapshot: Snapshot, request: ModeImpactRequest): ModeImpact {
  const from: AuthMode = snapshot.authMode;
  const to: AuthMode = request.to ?? (from === 'strict' ? 'loose' : 'strict');
  if (from === to) return { gain: [], lose: [] };
  // The special case of a consequence preview: one action, no scenarios, only the mode changes.
  const preview = previewConsequences(snapshot, { ...snapshot, authMode: to }, {
    projectId: request.projectId,
    workspaceId: request.workspaceId,
    actions: [request.action],
    scenarios: [],
  });
  const change = preview.actions[0];
  const names = (list: ReadonlyArray<{ name: string }> | undefined) => (list ?? []).map((u) => u.name);
  return { gain: names(change?.gain), lose: names(change?.lose) };
}
