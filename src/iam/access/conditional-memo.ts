/**
 * The bulk path's memo of the Conditional search (conditional.ts). Whether findConditional finds
 * a Conditional verdict depends only on the set of identity statements it looks at (the
 * principal's covered candidate statements for the action), on whether the user's context lacks
 * each of their conditions' keys or makes the condition hold or fail, on the admin group and on
 * the mode: no step of the search reads anything else of the user, and none depends on the
 * statements' order (refs only name them). Users whose requests agree on all of that share one
 * search, so a matrix of many users asks it once per distinct case instead of once per cell.
 */
import type { CompiledStatement } from '../compile/compiled-policy-set';
import { testCondition } from '../conditions/test-condition';
import { matchesResource } from '../evaluate/check-statement';
import type { ContextLookup } from '../evaluate/context-lookup';
import type { AuthMode, SnapshotUser } from '../model';
import type { ActionFacts } from './action-facts';
import { findConditional } from './conditional';
import { runCandidates, runCoverage, serviceOfAction } from './evaluate-principal';
import type { BulkTable, PreparedSnapshot, RequestTarget } from './prepared-types';

const MEMO_LIMIT = 16_384;

const statementIds = new WeakMap<CompiledStatement, number>();
let nextId = 0;

function idOf(statement: CompiledStatement): number {
  let id = statementIds.get(statement);
  if (id === undefined) statementIds.set(statement, (id = nextId++));
  return id;
}

/** Scratch list of the relevant statements of the cell being asked (reused: no allocation per cell). */
const relevant: CompiledStatement[] = [];

/**
 * Collects the covered candidate statements for the action whose Resource matches into
 * `relevant` and runs findConditional's first steps on them without allocating: false when a
 * Deny applies whatever the lacking keys are, or when no statement a lacking key may turn on or
 * off could change the outcome (only Denies matter once an Allow is fixed).
 */
function maySearch(prepared: PreparedSnapshot, user: SnapshotUser, facts: ActionFacts, resource: string | undefined, target: RequestTarget, context: ContextLookup, allowedWithoutPolicy: boolean): boolean {
  relevant.length = 0;
  let allowed = allowedWithoutPolicy;
  let maybeDeny = false;
  let maybeAllow = false;
  for (const { run } of prepared.userPolicies(user).runs) {
    const candidates = runCandidates(run, facts.lower);
    if (candidates.length === 0) continue;
    const covered = runCoverage(run, target)[facts.global ? 1 : 0];
    for (const { index, statement } of candidates) {
      if (covered[index] === false || !matchesResource(statement, resource)) continue;
      relevant.push(statement);
      let lacking = false;
      let fails = false;
      for (const c of statement.conditions) {
        const value = context.get(c.keyLower);
        if (c.op !== null && (value === undefined || value === null)) lacking = true;
        else if (testCondition(c, value) !== 'holds') fails = true;
      }
      if (fails) continue;
      if (!lacking) {
        if (statement.deny) return false; // a Deny applies whatever the values
        allowed = true;
      } else if (statement.deny) maybeDeny = true;
      else maybeAllow = true;
    }
  }
  return maybeDeny || (maybeAllow && !allowed);
}

/** The case of the statements maySearch collected: each one's id, then per condition a = key absent, 1 = holds, 0 = does not. */
function caseKey(context: ContextLookup): string {
  let key = '';
  for (const statement of relevant) {
    key += `${idOf(statement)}:`;
    for (const c of statement.conditions) {
      const value = context.get(c.keyLower);
      key += value === undefined || value === null ? 'a' : testCondition(c, value) === 'holds' ? '1' : '0';
    }
    key += ',';
  }
  return key;
}

/**
 * The lacking keys of the Conditional verdict findConditional(…, layersPass = true) finds, as it
 * spells and orders them (the case fixes the statements and their order), or undefined when the
 * verdict is not Conditional; memoised per case.
 */
export function conditionalKeysMemo(
  table: BulkTable,
  prepared: PreparedSnapshot,
  user: SnapshotUser,
  facts: ActionFacts,
  resource: string | undefined,
  target: RequestTarget,
  context: ContextLookup,
  mode: AuthMode,
): readonly string[] | undefined {
  if (user.root === true) return undefined;
  const allowedWithoutPolicy = prepared.isAdmin(user) || (mode === 'loose' && serviceOfAction(facts.action) === 'modelarts');
  if (!maySearch(prepared, user, facts, resource, target, context, allowedWithoutPolicy)) return undefined;
  // Different actions whose relevant statements are the same share the search.
  const key = `${allowedWithoutPolicy ? 1 : 0}|${caseKey(context)}`;
  let found = table.conditional.get(key);
  if (found === undefined) {
    found = findConditional(prepared, user, facts, resource, target, context, mode, true)?.keys ?? null;
    if (table.conditional.size >= MEMO_LIMIT) table.conditional.clear();
    table.conditional.set(key, found);
  }
  return found ?? undefined;
}
