/**
 * checkScenarioDecisions: the bulk path of the access matrix's users × scenarios. For each
 * user and scenario, what checkScenario decides — ready, how many user and agency actions are
 * missing, and the blockers — without the sources and fix policies. The user side reads the
 * identity verdicts of evaluateAccessDecisions (one call for every scenario's actions); the
 * agency side is evaluated once per agency and scenario, and per user only when the agency's
 * policies have conditions (they may read the user's context). A caller that already holds the
 * users' verdicts on a list of actions including every scenario's (the consequence preview) passes
 * them as `access`, and the user side reads those instead of evaluating again. The user side of a
 * row is worked out once for all the users that share it (evaluateAccessRows' rowOf).
 */
import type { AccessVerdict } from '../access/check-layers';
import { evaluateAccessRows, type AccessTarget } from '../access/evaluate-access-decisions';
import { evaluatePrincipal, serviceOfAction } from '../access/evaluate-principal';
import { admitsUser, agencyLayerApplies, workspaceLayerApplies } from '../access/modelarts-layers';
import { prepareSnapshot } from '../access/prepare-snapshot';
import type { PreparedPrincipal, PreparedSnapshot, RequestTarget } from '../access/prepared-types';
import { deriveContext, resolveTarget } from '../access/request-target';
import type { Snapshot, SnapshotUser } from '../model';
import { collectRequired, type RequiredAction } from './collect-required';
import { findScenario } from './find-scenario';

export interface ScenarioVerdict {
  ready: boolean;
  userMissing: number;
  /** Of userMissing: refused by a Deny (checkScenario's layer explicit_deny). */
  userDenied: number;
  /** Of userMissing: ModelArts actions strict mode refuses, non-strict would allow (layer strict_mode); the rest lack an Allow. */
  userStrict: number;
  agencyMissing: number;
  /** Blocker workspace_not_authorized. */
  workspaceBlocked: boolean;
  /** Blocker no_agency. */
  noAgency: boolean;
  /**
   * When ready: the context keys a user action's verdict depends on (checkScenario's
   * user.conditionalKeys) — a readiness that rests on a condition is Conditional, never Ready.
   * Empty otherwise.
   */
  conditionalKeys: readonly string[];
}

const NO_KEYS: readonly string[] = Object.freeze([]);

/** The union of the keys of the Conditional verdicts among `indexes`, in order (NO_KEYS when none). */
function conditionalKeysOf(verdicts: readonly AccessVerdict[], base: number, indexes: readonly number[]): readonly string[] {
  let keys: string[] | undefined;
  for (const i of indexes) {
    const v = verdicts[base + i]!;
    if (v.conditionalKeys === undefined) continue;
    keys ??= [];
    for (const k of v.conditionalKeys) if (!keys.includes(k)) keys.push(k);
  }
  return keys ?? NO_KEYS;
}

export type ScenarioTarget = Pick<AccessTarget, 'projectId' | 'workspaceId' | 'authMode'>;

interface ScenarioColumn {
  /** Indexes of the scenario's user actions in the evaluated action list. */
  userIndexes: number[];
  agency: readonly RequiredAction[];
  needsWorkspace: boolean;
  needsAgency: boolean;
}

function columnsOf(snapshot: Snapshot, scenarios: readonly string[]): { columns: ScenarioColumn[]; actions: string[] } {
  const actions: string[] = [];
  const indexOf = new Map<string, number>();
  const workspaceEnabled = snapshot.workspaceEnabled;
  const columns = scenarios.map((id) => {
    const scenario = findScenario(id);
    if (scenario === undefined) throw new Error(`Unknown scenario "${String(id)}"`);
    const required = collectRequired(scenario, new Set(), workspaceEnabled);
    const lower = required.user.map((r) => r.action.toLowerCase());
    const userIndexes = required.user.map((r) => {
      let i = indexOf.get(r.action);
      if (i === undefined) {
        i = actions.push(r.action) - 1;
        indexOf.set(r.action, i);
      }
      return i;
    });
    return {
      userIndexes,
      agency: required.agency,
      needsWorkspace: lower.some((a) => workspaceLayerApplies(a, workspaceEnabled)),
      needsAgency: lower.some(agencyLayerApplies),
    };
  });
  return { columns, actions };
}

/** Whether any policy attached to the principal has a statement with conditions. */
function readsContext(principal: PreparedPrincipal): boolean {
  return principal.attachments.some((a) => a.compiled.statements.some((s) => s.conditions.length > 0));
}

function agencyMissingCount(prepared: PreparedSnapshot, principal: PreparedPrincipal, required: readonly RequiredAction[], target: RequestTarget, user: SnapshotUser): number {
  const context = deriveContext(prepared, user, target, undefined);
  let missing = 0;
  for (const r of required) if (evaluatePrincipal(principal, { action: r.action }, target, context).decision !== 'allow') missing++;
  return missing;
}

/** evaluateAccessDecisions' answer for the same users, snapshot and target, on `actions`. */
export interface KnownAccess {
  actions: readonly string[];
  verdicts: readonly AccessVerdict[];
  /** evaluateAccessRows' rowOf (users whose rows are equal); without it, every row is worked out. */
  rowOf?: Int32Array;
}

/** The verdicts of `actions` (row width, index of each), from `known` when it has them all. */
function userVerdicts(snapshot: Snapshot, users: readonly string[], actions: string[], target: ScenarioTarget, known: KnownAccess | undefined) {
  if (known !== undefined) {
    const at = new Map<string, number>();
    known.actions.forEach((a, i) => {
      if (!at.has(a)) at.set(a, i);
    });
    const index = actions.map((a) => at.get(a) ?? -1);
    if (index.every((i) => i >= 0) && known.verdicts.length === users.length * known.actions.length) return { verdicts: known.verdicts, width: known.actions.length, index, rowOf: known.rowOf };
  }
  const { verdicts, rowOf } = evaluateAccessRows(snapshot, users, actions, { projectId: target.projectId, workspaceId: target.workspaceId, authMode: target.authMode });
  return { verdicts, width: actions.length, index: actions.map((_, i) => i), rowOf };
}

/** Per scenario column, the user side of one row: missing, of them denied, of them refused by strict mode. */
function userSide(verdicts: readonly AccessVerdict[], base: number, columns: ReadonlyArray<{ userIndexes: readonly number[]; modelArts: readonly boolean[] }>, strict: boolean): Int32Array {
  const side = new Int32Array(columns.length * 3);
  for (let k = 0; k < columns.length; k++) {
    const { userIndexes, modelArts } = columns[k]!;
    for (let j = 0; j < userIndexes.length; j++) {
      const v = verdicts[base + userIndexes[j]!]!;
      if (v.blockedBy !== 'identity') continue;
      side[k * 3]!++;
      // The layer that refuses, as checkScenario's missingLayer names it.
      if (v.reason === 'denied_by_policy') side[k * 3 + 1]!++;
      else if (strict && modelArts[j]) side[k * 3 + 2]!++;
    }
  }
  return side;
}

export function checkScenarioDecisions(
  snapshot: Snapshot,
  users: readonly string[],
  scenarios: readonly string[],
  target: ScenarioTarget = {},
  access?: KnownAccess,
): ScenarioVerdict[] {
  const out: ScenarioVerdict[] = [];
  eachScenarioVerdict(snapshot, users, scenarios, target, access, (v) => out.push({ ...v }));
  return out;
}

/**
 * The readiness of each user (rows) in each scenario (columns), row-major: 0 not ready, 1 ready
 * on a condition (Conditional), 2 ready — checkScenarioDecisions' verdicts, ranked, without
 * building them (consequence previews compare 200,000 of them per snapshot).
 */
export function scenarioReadiness(snapshot: Snapshot, users: readonly string[], scenarios: readonly string[], target: ScenarioTarget = {}, access?: KnownAccess): Uint8Array {
  const out = new Uint8Array(users.length * scenarios.length);
  let i = 0;
  eachScenarioVerdict(snapshot, users, scenarios, target, access, (v) => (out[i++] = !v.ready ? 0 : v.conditionalKeys.length > 0 ? 1 : 2));
  return out;
}

/** Calls `emit` with each user's verdict in each scenario, row-major; `emit` must copy what it keeps (one object is reused). */
function eachScenarioVerdict(
  snapshot: Snapshot,
  users: readonly string[],
  scenarios: readonly string[],
  target: ScenarioTarget,
  access: KnownAccess | undefined,
  emit: (v: Readonly<ScenarioVerdict>) => void,
): void {
  const prepared = prepareSnapshot(snapshot);
  const resolved = resolveTarget(prepared, target);
  const { columns: byAction, actions } = columnsOf(snapshot, scenarios);
  const { verdicts, width, index, rowOf } = userVerdicts(snapshot, users, actions, target, access);
  // Per user action of a column, whether it is a ModelArts one (strict mode is then its refusing layer).
  const columns = byAction.map((c) => ({ ...c, userIndexes: c.userIndexes.map((i) => index[i]!), modelArts: c.userIndexes.map((i) => serviceOfAction(actions[i]!) === 'modelarts') }));
  const strict = (target.authMode ?? snapshot.authMode) === 'strict';
  /** Agency id → missing count per scenario column; null when its policies read the context (per user). */
  const byAgency = new Map<string, number[] | null>();
  /** Row (its first user) → its user side, and the keys of its Conditional verdicts per column (when asked). */
  const sides = new Map<number, { side: Int32Array; keys: Array<readonly string[] | undefined> }>();
  const v: ScenarioVerdict = { ready: false, userMissing: 0, userDenied: 0, userStrict: 0, agencyMissing: 0, workspaceBlocked: false, noAgency: false, conditionalKeys: NO_KEYS };
  users.forEach((id, u) => {
    const user = typeof id === 'string' ? prepared.findUser(id) : undefined;
    if (user === undefined) {
      for (const c of columns) {
        emit({ ready: c.userIndexes.length === 0 && c.agency.length === 0, userMissing: c.userIndexes.length, userDenied: 0, userStrict: 0, agencyMissing: c.agency.length, workspaceBlocked: false, noAgency: false, conditionalKeys: NO_KEYS });
      }
      return;
    }
    const refusedByWorkspace = !admitsUser(resolved.workspace, user);
    const authorization = prepared.findAuthorization(user, resolved.projectId);
    const agency = authorization === undefined ? undefined : prepared.findAgencyByName(authorization.content);
    const principal = agency === undefined ? undefined : prepared.agencyPolicies(agency.id);
    let shared = agency === undefined ? undefined : byAgency.get(agency.id);
    if (agency !== undefined && principal !== undefined && shared === undefined) {
      shared = readsContext(principal) ? null : columns.map((c) => agencyMissingCount(prepared, principal, c.agency, resolved, user));
      byAgency.set(agency.id, shared);
    }
    const row = rowOf === undefined ? u : rowOf[u]!;
    let memo = sides.get(row);
    if (memo === undefined) {
      memo = { side: userSide(verdicts, row * width, columns, strict), keys: [] };
      sides.set(row, memo);
    }
    const { side, keys } = memo;
    for (let k = 0; k < columns.length; k++) {
      const c = columns[k]!;
      v.userMissing = side[k * 3]!;
      v.userDenied = side[k * 3 + 1]!;
      v.userStrict = side[k * 3 + 2]!;
      v.agencyMissing = principal === undefined ? c.agency.length : (shared?.[k] ?? agencyMissingCount(prepared, principal, c.agency, resolved, user));
      v.workspaceBlocked = c.needsWorkspace && refusedByWorkspace;
      v.noAgency = c.needsAgency && authorization === undefined;
      v.ready = v.userMissing === 0 && v.agencyMissing === 0 && !v.workspaceBlocked && !v.noAgency;
      v.conditionalKeys = v.ready ? (keys[k] ??= conditionalKeysOf(verdicts, row * width, c.userIndexes)) : NO_KEYS;
      emit(v);
    }
    if (rowOf === undefined) sides.delete(row);
  });
}
