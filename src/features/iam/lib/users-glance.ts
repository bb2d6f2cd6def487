/**
 * The Users list at a glance: each user's groups and whether they are ready for "Managing
 * training jobs" in the console's region and workspace — the engine's checkScenario, so the
 * answer is exactly the analyzer's (a readiness that rests on a condition is Conditional, never
 * Ready).
 */
import { checkScenario, type Snapshot } from '@/iam';

export const GLANCE_SCENARIO = 'training-management';

export type Readiness = 'ready' | 'conditional' | 'notReady';

export interface UserGlance {
  /** Group names, sorted. */
  groups: string[];
  readiness: Readiness;
}

export function usersGlance(snapshot: Snapshot, target: { projectId: string; workspaceId: string }): Map<string, UserGlance> {
  const groupNames = new Map(snapshot.groups.map((g) => [g.id, g.name]));
  const out = new Map<string, UserGlance>();
  for (const u of snapshot.users) {
    const result = checkScenario(snapshot, { user: u.id, scenario: GLANCE_SCENARIO, ...target });
    const readiness: Readiness = !result.ready ? 'notReady' : (result.user.conditional?.length ?? 0) > 0 ? 'conditional' : 'ready';
    out.set(u.id, { groups: u.groups.map((id) => groupNames.get(id) ?? id).sort(), readiness });
  }
  return out;
}
