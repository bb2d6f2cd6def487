/**
 * previewConsequences: who gains and who loses access when the organisation changes from
 * `before` to `after` (a console confirmation shows it before the admin confirms). Exactly
 * evaluate(after) − evaluate(before) on one target (region project, workspace):
 *
 * - per action: a user gains when their verdict rises (Denied → Conditional → Allowed) and
 *   loses when it falls; Conditional is evaluateAccess's `conditional` (docs/policy-semantics.md);
 * - per ModelArts function (scenario): a user gains when their readiness rises (Not ready →
 *   Conditional → Ready) and loses when it falls; Conditional is a readiness that rests on a
 *   condition (checkScenario's user.conditionalKeys);
 * - a user in only one of the snapshots counts as unknown (denied, not ready) in the other.
 *
 * Only users whose inputs differ between the snapshots are evaluated (user-inputs.ts), through
 * the bulk paths: evaluateAccessRows once per snapshot, whose verdicts checkScenarioDecisions
 * reuses. Users whose rows are equal in both snapshots (rowOf: a few hundred distinct rows among
 * 10,000 users) gain and lose the same actions, worked out once. A mode switch evaluates both
 * modes on the same prepared snapshot. modeImpact is the special case of one action and a mode
 * change.
 */
import { ACTIONS } from '../catalog';
import type { Snapshot, SnapshotUser } from '../model';
import { scenarioReadiness } from '../scenarios/check-scenario-decisions';
import { collectRequired } from '../scenarios/collect-required';
import { findScenario, SCENARIOS } from '../scenarios/find-scenario';
import type { AccessVerdict } from './check-layers';
import { evaluateAccessRows } from './evaluate-access-decisions';
import { userInputs } from './user-inputs';

export interface PreviewRequest {
  projectId?: string;
  workspaceId?: string;
  /** Actions compared; default PREVIEW_ACTIONS. */
  actions?: readonly string[];
  /** Scenario ids compared; default every scenario. */
  scenarios?: readonly string[];
}

export interface PreviewUser {
  id: string;
  name: string;
}

export interface PreviewChange {
  /** An action or a scenario id. */
  id: string;
  /** Sorted by name. */
  gain: PreviewUser[];
  lose: PreviewUser[];
}

export interface ConsequencePreview {
  /** Actions whose verdict changes for someone, in request order. */
  actions: PreviewChange[];
  /** Scenarios whose readiness changes for someone, in request order. */
  scenarios: PreviewChange[];
  /** Users who gain anything (an action or a scenario), and who lose anything; sorted by name. */
  gain: PreviewUser[];
  lose: PreviewUser[];
  /** Nobody's access changes. */
  none: boolean;
  /** Users evaluated (their inputs differ), of all users in either snapshot. */
  evaluated: number;
  total: number;
}

/** Every ModelArts catalog action and every user action a scenario requires (no optional features). */
export const PREVIEW_ACTIONS: readonly string[] = (() => {
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (a: string) => {
    if (seen.has(a.toLowerCase())) return;
    seen.add(a.toLowerCase());
    out.push(a);
  };
  for (const a of ACTIONS) if (a.service === 'modelarts') add(a.action);
  for (const s of SCENARIOS) for (const r of collectRequired(s, new Set(), true).user) add(r.action);
  return out;
})();

/** Denied 0 < Conditional 1 < Allowed 2. */
function level(v: AccessVerdict): number {
  return v.conditional === true ? 1 : v.decision === 'allow' ? 2 : 0;
}

const byName = (a: PreviewUser, b: PreviewUser) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Users whose verdicts may differ: in one snapshot only, or with other inputs; sorted by name. */
function changedUsers(before: Snapshot, after: Snapshot, request: PreviewRequest): { users: PreviewUser[]; total: number } {
  const target = { projectId: request.projectId, workspaceId: request.workspaceId };
  const table = new Map<string, number>();
  const a = userInputs(before, target, table);
  const b = userInputs(after, target, table);
  const everyone = a.shared !== b.shared;
  const afterById = new Map<string, SnapshotUser>(after.users.map((u) => [u.id, u]));
  const users: PreviewUser[] = [];
  const seen = new Set<string>();
  for (const u of before.users) {
    seen.add(u.id);
    const other = afterById.get(u.id);
    if (everyone || other === undefined || a.of(u) !== b.of(other)) users.push({ id: u.id, name: u.name });
  }
  for (const u of after.users) if (!seen.has(u.id)) users.push({ id: u.id, name: u.name });
  // Sorted once here, every gain and lose list is born sorted.
  return { users: users.sort(byName), total: seen.size + after.users.filter((u) => !seen.has(u.id)).length };
}

/**
 * Per column, the users who gain and who lose (in the users' order). `rank(after, u, j)` is user
 * u's rank in column j before or after the change; users with the same `pair(u)` rank alike in
 * every column (equal rows before and after: evaluateAccessRows' rowOf), so each pair is compared once.
 */
function compare(
  ids: readonly string[],
  users: readonly PreviewUser[],
  rank: (after: boolean, u: number, j: number) => number,
  pair: (u: number) => number,
  gainers: Map<string, PreviewUser>,
  losers: Map<string, PreviewUser>,
): PreviewChange[] {
  const n = ids.length;
  const changes: PreviewChange[] = ids.map((id) => ({ id, gain: [], lose: [] }));
  /** Pair → its changes, each 2 × column + (1 when lost). */
  const byPair = new Map<number, number[]>();
  for (let u = 0; u < users.length; u++) {
    const key = pair(u);
    let found = byPair.get(key);
    if (found === undefined) {
      found = [];
      for (let j = 0; j < n; j++) {
        const was = rank(false, u, j);
        const is = rank(true, u, j);
        if (is !== was) found.push(2 * j + (is < was ? 1 : 0));
      }
      byPair.set(key, found);
    }
    const user = users[u]!;
    for (const code of found) {
      const [list, who] = (code & 1) === 0 ? [changes[code >> 1]!.gain, gainers] : [changes[code >> 1]!.lose, losers];
      list.push(user);
      who.set(user.id, user);
    }
  }
  return changes.filter((c) => c.gain.length + c.lose.length > 0);
}

/** Whether `after` is `before` with another mode and nothing else (a mode switch): then `before`'s prepared engine serves both. */
function onlyModeDiffers(before: Snapshot, after: Snapshot): boolean {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const k of keys) if (k !== 'authMode' && (before as unknown as Record<string, unknown>)[k] !== (after as unknown as Record<string, unknown>)[k]) return false;
  return true;
}

export function previewConsequences(before: Snapshot, after: Snapshot, request: PreviewRequest = {}): ConsequencePreview {
  const actions = request.actions ?? PREVIEW_ACTIONS;
  const scenarios = request.scenarios ?? SCENARIOS.map((s) => s.id);
  const { users, total } = changedUsers(before, after, request);
  const ids = users.map((u) => u.id);
  const target = { projectId: request.projectId, workspaceId: request.workspaceId };
  const gainers = new Map<string, PreviewUser>();
  const losers = new Map<string, PreviewUser>();
  let actionChanges: PreviewChange[] = [];
  let scenarioChanges: PreviewChange[] = [];
  if (ids.length > 0) {
    // A mode switch is evaluated on `before` with the other mode: its caches (prepared snapshot,
    // per-policy answers) are warm for the second evaluation.
    const [second, secondTarget] = onlyModeDiffers(before, after) ? [before, { ...target, authMode: after.authMode }] : [after, target];
    // One access evaluation per snapshot serves the actions and the scenarios' user side.
    const columns = [...new Set([...actions, ...scenarioActions(scenarios)])];
    const was = evaluateAccessRows(before, ids, columns, target);
    const is = evaluateAccessRows(second, ids, columns, secondTarget);
    const width = columns.length;
    const verdict = (after: boolean, u: number, j: number) => level((after ? is : was).verdicts[u * width + j]!);
    actionChanges = compare(actions, users, verdict, (u) => was.rowOf[u]! * users.length + is.rowOf[u]!, gainers, losers);
    const ready = {
      before: scenarioReadiness(before, ids, scenarios, target, { actions: columns, ...was }),
      after: scenarioReadiness(second, ids, scenarios, secondTarget, { actions: columns, ...is }),
    };
    const readiness = (after: boolean, u: number, k: number) => (after ? ready.after : ready.before)[u * scenarios.length + k]!;
    scenarioChanges = compare(scenarios, users, readiness, (u) => u, gainers, losers);
  }
  return {
    actions: actionChanges,
    scenarios: scenarioChanges,
    gain: [...gainers.values()].sort(byName),
    lose: [...losers.values()].sort(byName),
    none: actionChanges.length === 0 && scenarioChanges.length === 0,
    evaluated: users.length,
    total,
  };
}

/** The user actions the scenarios require (checkScenarioDecisions reads their verdicts). */
function scenarioActions(scenarios: readonly string[]): string[] {
  const out: string[] = [];
  for (const id of scenarios) {
    const scenario = findScenario(id);
    if (scenario === undefined) continue;
    for (const workspaces of [true, false]) for (const r of collectRequired(scenario, new Set(), workspaces).user) out.push(r.action);
  }
  return out;
}
