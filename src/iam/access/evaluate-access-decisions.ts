/**
 * evaluateAccessDecisions: the bulk path of the access matrix. Decision, reason and blockedBy
 * (as evaluateAccess gives them) for users × actions on one target, row-major, as shared
 * frozen verdicts.
 *
 * Each attached policy is asked once per action and resource how it decides on its own
 * (policy-flags.ts); the answer is kept on the prepared snapshot, so chunked calls and every
 * user the policy is attached to share it. A user's identity verdict folds the answers of
 * their attachments (covered ones decide, uncovered ones that would allow make out_of_scope),
 * reading the user's context only for policies whose candidate statements have conditions.
 * Layers 4 and 5 depend on the user alone here and are looked up once per user.
 * Users with the same groups (one prepared principal) fold the same way unless a condition read
 * their context: such a fold is kept on the table for the target (any member, either mode), and
 * within a call, members with the same admin, workspace and agency facts copy the first one's row.
 * evaluateAccessRows also says which users' rows are equal (verdict by verdict): a 10,000-user
 * organisation has a few hundred distinct rows, so its callers (scenario readiness, previews) work
 * per distinct row.
 */
import type { CompiledPolicySet } from '../compile/compiled-policy-set';
import type { ContextLookup } from '../evaluate/context-lookup';
import type { AccessReason, AccessRequest, Decision, Snapshot } from '../model';
import { actionFacts } from './action-facts';
import { conditionalVerdict, finalVerdict, type AccessVerdict, type LayerOutcome } from './check-layers';
import { conditionalKeysMemo } from './conditional-memo';
import { runCoverage, serviceOfAction } from './evaluate-principal';
import { admitsUser } from './modelarts-layers';
import { FLAG_ALLOW, FLAG_CONDITIONAL, FLAG_DENY, FLAG_READS_ABSENT, FLAG_UNKNOWN, policyFlags } from './policy-flags';
import { prepareSnapshot } from './prepare-snapshot';
import type { AttachmentRun, BulkTable, PreparedPrincipal, PreparedSnapshot } from './prepared-types';
import { deriveContext, resolveTarget } from './request-target';

export type AccessTarget = Omit<AccessRequest, 'user' | 'action'>;

const TABLE_LIMIT = 8;
// Module-local copies: the hot loop reads them per cell.
const [ALLOW, DENY, CONDITIONAL, READS_ABSENT, UNKNOWN] = [FLAG_ALLOW, FLAG_DENY, FLAG_CONDITIONAL, FLAG_READS_ABSENT, FLAG_UNKNOWN];

function bulkTable(prepared: PreparedSnapshot, actions: readonly string[], resource: string | undefined): BulkTable {
  const key = `${resource ?? '\u0001'}\u0000${actions.join('\u0000')}`;
  let table = prepared.bulkTables.get(key);
  if (table === undefined) {
    const facts = actions.map((a) => actionFacts(typeof a === 'string' ? a : ''));
    table = { facts, looseApplies: facts.map((f) => serviceOfAction(f.action) === 'modelarts'), flags: new Map(), runRows: new Map(), conditional: new Map(), folds: new Map() };
    if (prepared.bulkTables.size >= TABLE_LIMIT) prepared.bulkTables.clear();
    prepared.bulkTables.set(key, table);
  }
  return table;
}

function flagsOf(table: BulkTable, set: CompiledPolicySet): Uint8Array {
  let row = table.flags.get(set);
  if (row === undefined) {
    row = new Uint8Array(table.facts.length).fill(FLAG_UNKNOWN);
    table.flags.set(set, row);
  }
  return row;
}

function rowsOf(table: BulkTable, run: AttachmentRun): readonly Uint8Array[] {
  let rows = table.runRows.get(run);
  if (rows === undefined) {
    rows = run.attachments.map((a) => flagsOf(table, a.compiled));
    table.runRows.set(run, rows);
  }
  return rows;
}

/** Per action, while folding a user's attachments: a covered one denies / allows; an uncovered one would allow. */
const SEEN_DENY = 1;
const SEEN_ALLOW = 2;
const SEEN_OUTSIDE = 4;
/** A covered attachment has a candidate statement reading a key the context lacks: the verdict may be Conditional. */
const SEEN_CONDITIONS = 8;

/** The verdicts an identity outcome can end in, by the refusing layer (interned, shared). */
interface Outcome {
  decision: Decision;
  none: AccessVerdict;
  workspace: AccessVerdict;
  agency: AccessVerdict;
}

const layer = (block: LayerOutcome['block']): LayerOutcome => ({ checked: true, workspaceChecked: true, block, authorization: undefined });
const [NO_BLOCK, WORKSPACE_BLOCK, AGENCY_BLOCK] = [layer(null), layer('workspace'), layer('agency')];

function outcome(decision: Decision, reason: AccessReason): Outcome {
  const identity = { decision, reason };
  return { decision, none: finalVerdict(identity, NO_BLOCK), workspace: finalVerdict(identity, WORKSPACE_BLOCK), agency: finalVerdict(identity, AGENCY_BLOCK) };
}

const OUTCOMES = {
  root: outcome('allow', 'root'),
  denied: outcome('explicit_deny', 'denied_by_policy'),
  admin: outcome('allow', 'admin_group'),
  allowed: outcome('allow', 'allowed_by_policy'),
  loose: outcome('allow', 'loose_mode'),
  outOfScope: outcome('implicit_deny', 'out_of_scope'),
  noAllow: outcome('implicit_deny', 'no_matching_allow'),
};

/** Strict mode refuses it for want of an Allow; non-strict mode would allow it (AccessResult.looseModeWouldAllow). */
const STRICT_ONLY: AccessVerdict = Object.freeze({ ...OUTCOMES.noAllow.none, looseModeWouldAllow: true as const });

const UNKNOWN_USER: AccessVerdict = Object.freeze({ decision: 'implicit_deny', reason: 'unknown_user', blockedBy: 'identity' });

export interface AccessRows {
  /** Row-major: user u's verdict on action j is verdicts[u * actions.length + j]. */
  verdicts: AccessVerdict[];
  /** rowOf[u] ≤ u is the first user whose row is user u's, verdict by verdict (the same frozen objects). */
  rowOf: Int32Array;
}

/** A hash of a row's inputs (what each attachment said, the user's layer facts): rows with equal inputs are equal unless a context was read. */
function rowHash(seen: Uint8Array, n: number, facts: number): number {
  let h = 0x811c9dc5 ^ facts;
  for (let j = 0; j < n; j++) h = Math.imul(h ^ seen[j]!, 0x01000193);
  return h;
}

/** Whether rows a and b (offsets) hold the same verdict objects. */
function sameRow(out: readonly AccessVerdict[], a: number, b: number, n: number): boolean {
  for (let j = 0; j < n; j++) if (out[a + j] !== out[b + j]) return false;
  return true;
}

export function evaluateAccessDecisions(snapshot: Snapshot, users: readonly string[], actions: readonly string[], target: AccessTarget = {}): AccessVerdict[] {
  return evaluate(snapshot, users, actions, target, false).verdicts;
}

export function evaluateAccessRows(snapshot: Snapshot, users: readonly string[], actions: readonly string[], target: AccessTarget = {}): AccessRows {
  return evaluate(snapshot, users, actions, target, true);
}

/** `compare`: look for an equal earlier row for each row worked out (else rowOf names only copied rows). */
function evaluate(snapshot: Snapshot, users: readonly string[], actions: readonly string[], target: AccessTarget, compare: boolean): AccessRows {
  const prepared = prepareSnapshot(snapshot);
  const loose = (target.authMode ?? snapshot.authMode) === 'loose';
  const resolved = resolveTarget(prepared, target);
  const resource = target.resource;
  const table = bulkTable(prepared, actions, resource);
  const { facts, looseApplies } = table;
  const workspaceEnabled = Boolean(snapshot.workspaceEnabled);
  const n = facts.length;
  const out: AccessVerdict[] = new Array<AccessVerdict>(users.length * n);
  let folds = table.folds.get(resolved.key);
  if (folds === undefined) {
    if (table.folds.size >= TABLE_LIMIT) table.folds.clear();
    table.folds.set(resolved.key, (folds = new Map()));
  }
  const scratch = new Uint8Array(n);
  /** Per principal, by admin / workspace / agency bits: the row offset of a user whose row read no context (-1: none yet). */
  const shared = new Map<PreparedPrincipal, Int32Array>();
  const rowOf = new Int32Array(users.length);
  /** rowHash → the first users of the distinct rows with that hash. */
  const byHash = new Map<number, number[]>();
  let unknownRow = -1;
  for (let u = 0; u < users.length; u++) {
    const id = users[u];
    const user = typeof id === 'string' ? prepared.findUser(id) : undefined;
    const base = u * n;
    rowOf[u] = u;
    if (user === undefined) {
      out.fill(UNKNOWN_USER, base, base + n);
      if (unknownRow < 0) unknownRow = u;
      rowOf[u] = unknownRow;
      continue;
    }
    const root = user.root === true;
    const admin = prepared.isAdmin(user);
    const refusedByWorkspace = workspaceEnabled && !admitsUser(resolved.workspace, user);
    const noAgency = prepared.findAuthorization(user, resolved.projectId) === undefined;
    const principal = root ? undefined : prepared.userPolicies(user);
    const facts4 = (admin ? 1 : 0) | (refusedByWorkspace ? 2 : 0) | (noAgency ? 4 : 0);
    let same = principal === undefined ? undefined : shared.get(principal);
    if (same !== undefined && same[facts4]! >= 0) {
      const from = same[facts4]!;
      for (let j = 0; j < n; j++) out[base + j] = out[from + j]!;
      rowOf[u] = rowOf[from / n]!;
      continue;
    }
    // Fold the user's attachments, group by group (runs are shared by every member), per action.
    const known = principal === undefined ? undefined : folds.get(principal);
    const seen = known ?? scratch;
    let context: ContextLookup | undefined;
    if (known === undefined) seen.fill(0);
    if (principal !== undefined && known === undefined) {
      for (const { run } of principal.runs) {
        const [coverProject, coverGlobal] = runCoverage(run, resolved);
        const rows = rowsOf(table, run);
        for (let i = 0; i < rows.length; i++) {
          const row = rows[i]!;
          const compiled = run.attachments[i]!.compiled;
          for (let j = 0; j < n; j++) {
            const f = facts[j]!;
            let flags = row[j]!;
            if (flags === UNKNOWN) flags = row[j] = policyFlags(compiled, f.lower, resource);
            if (flags === 0) continue;
            let conditions = 0;
            if ((flags & CONDITIONAL) !== 0) {
              context ??= deriveContext(prepared, user, resolved, target.context);
              flags = policyFlags(compiled, f.lower, resource, context);
              if ((flags & READS_ABSENT) !== 0) {
                conditions = SEEN_CONDITIONS;
                flags &= ~READS_ABSENT;
              }
            }
            if ((f.global ? coverGlobal[i] : coverProject[i]) !== false) {
              seen[j] = seen[j]! | conditions | ((flags & DENY) !== 0 ? SEEN_DENY : (flags & ALLOW) !== 0 ? SEEN_ALLOW : 0);
            } else if (flags === ALLOW) {
              seen[j] = seen[j]! | SEEN_OUTSIDE; // the policy alone would allow, were its scope to cover the request
            }
          }
        }
      }
    }
    for (let j = 0; j < n; j++) {
      const f = facts[j]!;
      const s = seen[j]!;
      const result: Outcome = root
        ? OUTCOMES.root
        : (s & SEEN_DENY) !== 0
          ? OUTCOMES.denied
          : admin
            ? OUTCOMES.admin
            : (s & SEEN_ALLOW) !== 0
              ? OUTCOMES.allowed
              : loose && looseApplies[j]
                ? OUTCOMES.loose
                : (s & SEEN_OUTSIDE) !== 0
                  ? OUTCOMES.outOfScope
                  : OUTCOMES.noAllow;
      const blocked = f.modelArts && ((f.workspaceLayer && refusedByWorkspace) || (f.agencyLayer && noAgency));
      const verdict =
        result.decision !== 'allow' || !f.modelArts
          ? result.none
          : f.workspaceLayer && refusedByWorkspace
            ? result.workspace
            : f.agencyLayer && noAgency
              ? result.agency
              : result.none;
      // Values for context keys the request lacks may change it (conditional.ts); layers 4 and 5 read none.
      const keys =
        (s & SEEN_CONDITIONS) !== 0 && !blocked
          ? conditionalKeysMemo(table, prepared, user, f, resource, resolved, deriveContext(prepared, user, resolved, target.context), loose ? 'loose' : 'strict')
          : undefined;
      // Non-strict mode would allow it for certain: no layer refuses, and no statement reading a
      // key the request lacks could deny it there (a Deny that strict mode's refusal made moot).
      const strictOnly =
        keys === undefined &&
        result === OUTCOMES.noAllow &&
        !loose &&
        looseApplies[j]! &&
        !blocked &&
        ((s & SEEN_CONDITIONS) === 0 || conditionalKeysMemo(table, prepared, user, f, resource, resolved, deriveContext(prepared, user, resolved, target.context), 'loose') === undefined);
      out[base + j] = keys !== undefined ? conditionalVerdict(verdict, keys) : strictOnly ? STRICT_ONLY : verdict;
    }
    if (compare) {
      // An equal row met before (the same verdict objects).
      const hash = rowHash(seen, n, (root ? 8 : 0) | facts4);
      const candidates = byHash.get(hash);
      const equal = candidates?.find((c) => sameRow(out, c * n, base, n));
      if (equal !== undefined) rowOf[u] = equal;
      else if (candidates === undefined) byHash.set(hash, [u]);
      else if (candidates.length < 4) candidates.push(u);
    }
    // No condition read this user's context: the fold and the row are every such member's.
    if (principal !== undefined && context === undefined) {
      if (known === undefined) folds.set(principal, seen.slice());
      if (same === undefined) shared.set(principal, (same = new Int32Array(8).fill(-1)));
      same[facts4] = base;
    }
  }
  return { verdicts: out, rowOf };
}
