/**
 * The Conditional verdict (docs/policy-semantics.md, "Conditional"): whether supplying values
 * for context keys the request lacks could change whether the user is allowed.
 *
 * The statements looked at are the identity statements evaluateAccess looks at: those of the
 * attachments whose scope covers the request, whose Action and Resource match. A key is
 * *lacking* when one of their conditions reads it and the evaluated context (the request's
 * keys and the ones the engine derives) has no value for it. The result is Conditional when
 * some choice of values for the lacking keys — each key absent or given one of the values the
 * conditions can tell apart (conditions/candidate-values.ts) — turns Allowed into not allowed or
 * back. Layers 4 and 5 read no context: when they refuse, nothing is conditional.
 *
 * A Conditional result carries a proof, `example`: the fewest of those values that change the
 * outcome. Only when the choices exceed SEARCH_LIMIT is a result reported Conditional without
 * one (never Allowed on a guess).
 */
import { candidateValues } from '../conditions/candidate-values';
import type { CompiledCondition } from '../conditions/compile-condition';
import type { CompiledPolicySet, CompiledStatement } from '../compile/compiled-policy-set';
import { testCondition } from '../conditions/test-condition';
import { checkStatement, matchesResource } from '../evaluate/check-statement';
import { collectCandidates } from '../evaluate/collect-candidates';
import { createContextLookup, type ContextLookup } from '../evaluate/context-lookup';
import { evaluatePolicies } from '../evaluate/evaluate-policies';
import type { AuthMode, ConditionalResult, ContextValue, PolicyRequest, RequestContext, SnapshotUser, StatementRef } from '../model';
import type { ActionFacts } from './action-facts';
import { coveredAttachments, runCandidates, serviceOfAction } from './evaluate-principal';
import type { PreparedSnapshot, RequestTarget } from './prepared-types';

/** Most value combinations tried before a result is called Conditional without an example. */
export const SEARCH_LIMIT = 4096;

export interface ConditionalSearch {
  /** Lacking keys as the policies spell them (first spelling met), in statement order. */
  keys: string[];
  /** The statements that read them (policyIndex = attachment position, as in AccessResult). */
  statements: StatementRef[];
  /** Values (keys spelled as in `keys`) under which the outcome flips; absent past SEARCH_LIMIT. */
  example?: RequestContext;
}

interface Relevant {
  statement: CompiledStatement;
  ref: StatementRef;
}

function withPolicyIndex(ref: StatementRef, policyIndex: number): StatementRef {
  if (ref.policyIndex === policyIndex) return ref;
  const out: StatementRef = { policyIndex, statementIndex: ref.statementIndex, effect: ref.effect };
  if (ref.policyId !== undefined) out.policyId = ref.policyId;
  if (ref.policyName !== undefined) out.policyName = ref.policyName;
  return out;
}

function isAbsent(context: ContextLookup, keyLower: string): boolean {
  const v = context.get(keyLower);
  return v === undefined || v === null;
}

/** Covered, action- and resource-matching statements that read a lacking key, and those keys. */
function collectLacking(
  prepared: PreparedSnapshot,
  user: SnapshotUser,
  facts: ActionFacts,
  resource: string | undefined,
  target: RequestTarget,
  context: ContextLookup,
): { all: Relevant[]; readers: Relevant[]; keys: Map<string, { key: string; conditions: CompiledCondition[] }> } | undefined {
  const principal = prepared.userPolicies(user);
  const covered = coveredAttachments(principal, facts.action, target);
  const keys = new Map<string, { key: string; conditions: CompiledCondition[] }>();
  const all: Relevant[] = [];
  const readers: Relevant[] = [];
  let reads = false;
  for (const { offset, run } of principal.runs) {
    for (const c of runCandidates(run, facts.lower)) {
      const index = offset + c.index;
      if (covered[index] === false || !matchesResource(c.statement, resource)) continue;
      const relevant = { statement: c.statement, ref: withPolicyIndex(c.statement.ref, index) };
      all.push(relevant);
      let reader = false;
      for (const condition of c.statement.conditions) {
        if (condition.op === null || !isAbsent(context, condition.keyLower)) continue;
        let entry = keys.get(condition.keyLower);
        if (entry === undefined) keys.set(condition.keyLower, (entry = { key: condition.key, conditions: [] }));
        entry.conditions.push(condition);
        reader = true;
      }
      if (reader) {
        readers.push(relevant);
        reads = true;
      }
    }
  }
  return reads ? { all, readers, keys } : undefined;
}

const conditionIds = new WeakMap<CompiledCondition, number>();
let nextConditionId = 0;
const candidateMemo = new Map<string, ContextValue[]>();
const CANDIDATE_MEMO_LIMIT = 4096;

/** candidateValues, memoised per list of conditions (compiled conditions are shared per policy). */
function candidatesOf(conditions: readonly CompiledCondition[]): ContextValue[] {
  let key = '';
  for (const c of conditions) {
    let id = conditionIds.get(c);
    if (id === undefined) conditionIds.set(c, (id = nextConditionId++));
    key += `${id},`;
  }
  let values = candidateMemo.get(key);
  if (values === undefined) {
    values = candidateValues(conditions);
    if (candidateMemo.size >= CANDIDATE_MEMO_LIMIT) candidateMemo.clear();
    candidateMemo.set(key, values);
  }
  return values;
}

/** Identity layers 1–3 on the relevant statements: no Deny applies, and an Allow, the admin group or non-strict mode allows. */
function allowedUnder(relevant: readonly Relevant[], resource: string | undefined, context: ContextLookup, allowedWithoutPolicy: boolean): boolean {
  let allowed = allowedWithoutPolicy;
  for (const { statement } of relevant) {
    if (checkStatement(statement, resource, context).reason !== 'applies') continue;
    if (statement.deny) return false;
    allowed = true;
  }
  return allowed;
}

/** Identity statements a lacking key may turn on or off, and whether the rest already decides. */
function classify(all: readonly Relevant[], context: ContextLookup): { maybe: Relevant[]; denied: boolean; allowed: boolean } {
  const maybe: Relevant[] = [];
  let denied = false;
  let allowed = false;
  for (const r of all) {
    let lacking = false;
    let fails = false;
    for (const c of r.statement.conditions) {
      if (c.op !== null && isAbsent(context, c.keyLower)) lacking = true;
      else if (testCondition(c, context.get(c.keyLower)) !== 'holds') fails = true;
    }
    if (fails) continue;
    if (lacking) maybe.push(r);
    else if (r.statement.deny) denied = true;
    else allowed = true;
  }
  return { maybe, denied, allowed };
}

interface Component {
  keys: string[];
  statements: Relevant[];
}

/** Statements grouped by the lacking keys they share (keys of different groups vary independently). */
function components(statements: readonly Relevant[], context: ContextLookup): Component[] {
  const owner = new Map<string, Component>();
  const out = new Set<Component>();
  for (const r of statements) {
    let mine: Component = { keys: [], statements: [r] };
    out.add(mine);
    for (const c of r.statement.conditions) {
      if (c.op === null || !isAbsent(context, c.keyLower)) continue;
      const other = owner.get(c.keyLower);
      if (other === undefined) {
        mine.keys.push(c.keyLower);
        owner.set(c.keyLower, mine);
      } else if (other !== mine) {
        // Merge mine into other.
        for (const k of mine.keys) owner.set(k, other);
        other.keys.push(...mine.keys);
        other.statements.push(...mine.statements);
        out.delete(mine);
        mine = other;
      }
    }
  }
  return [...out];
}

type Assignment = ReadonlyMap<string, ContextValue>;
/** Reachable (some Allow applies, some Deny applies) pairs, indexed a + 2d, each with one assignment reaching it. */
type Reach = Array<Assignment | undefined>;

/**
 * A key's choices (absent first) that the component's conditions on it tell apart: one value per
 * pattern of which of those conditions hold (statements only see that pattern).
 */
function distinctChoices(component: Component, keyLower: string, values: readonly ContextValue[]): Array<ContextValue | undefined> {
  const conditions = component.statements.flatMap((r) => r.statement.conditions.filter((c) => c.keyLower === keyLower));
  const seen = new Set<string>();
  const out: Array<ContextValue | undefined> = [];
  for (const value of [undefined, ...values]) {
    let pattern = '';
    for (const c of conditions) pattern += testCondition(c, value) === 'holds' ? '1' : '0';
    if (seen.has(pattern)) continue;
    seen.add(pattern);
    out.push(value);
  }
  return out;
}

/** Every value combination of one component's keys (distinct patterns only); null past SEARCH_LIMIT. */
function reachOf(component: Component, choices: ReadonlyMap<string, ContextValue[]>, resource: string | undefined, context: ContextLookup): Reach | null {
  const lists = component.keys.map((k) => distinctChoices(component, k, choices.get(k)!));
  let size = 1;
  for (const l of lists) size *= l.length;
  if (size > SEARCH_LIMIT) return null;
  const reach: Reach = [undefined, undefined, undefined, undefined];
  const picks = lists.map(() => 0);
  for (let n = 0; n < size; n++) {
    const trial = new Map(context);
    const assignment = new Map<string, ContextValue>();
    picks.forEach((p, i) => {
      const value = lists[i]![p];
      if (value !== undefined) {
        trial.set(component.keys[i]!, value);
        assignment.set(component.keys[i]!, value);
      }
    });
    let a = 0;
    let d = 0;
    for (const { statement } of component.statements) {
      if (checkStatement(statement, resource, trial).reason !== 'applies') continue;
      if (statement.deny) d = 1;
      else a = 1;
    }
    reach[a + 2 * d] ??= assignment;
    let i = 0;
    while (i < picks.length && ++picks[i]! >= lists[i]!.length) picks[i++] = 0;
  }
  return reach;
}

/**
 * Whether the outcome can change with values for lacking keys. `layersPass`: layers 4 and 5
 * (which read no context) would let an identity allow through.
 */
export function findConditional(
  prepared: PreparedSnapshot,
  user: SnapshotUser,
  facts: ActionFacts,
  resource: string | undefined,
  target: RequestTarget,
  context: ContextLookup,
  mode: AuthMode,
  layersPass: boolean,
): ConditionalSearch | undefined {
  if (user.root === true || !layersPass) return undefined;
  const found = collectLacking(prepared, user, facts, resource, target, context);
  if (found === undefined) return undefined;
  const allowedWithoutPolicy = prepared.isAdmin(user) || (mode === 'loose' && serviceOfAction(facts.action) === 'modelarts');
  return searchLacking(found, resource, context, allowedWithoutPolicy);
}

/**
 * The same search for a plain set of policies (docs/policy-semantics.md §2, no users or scopes:
 * Check access on pasted policies): whether values for the keys the request lacks could turn
 * allowed into not allowed or back.
 */
export function findConditionalInSet(set: CompiledPolicySet, request: PolicyRequest): ConditionalSearch | undefined {
  const context = createContextLookup(request.context);
  const keys = new Map<string, { key: string; conditions: CompiledCondition[] }>();
  const all: Relevant[] = [];
  let reads = false;
  for (const statement of collectCandidates(set, request.action.toLowerCase())) {
    if (!matchesResource(statement, request.resource)) continue;
    all.push({ statement, ref: statement.ref });
    for (const condition of statement.conditions) {
      if (condition.op === null || !isAbsent(context, condition.keyLower)) continue;
      let entry = keys.get(condition.keyLower);
      if (entry === undefined) keys.set(condition.keyLower, (entry = { key: condition.key, conditions: [] }));
      entry.conditions.push(condition);
      reads = true;
    }
  }
  return reads ? searchLacking({ all, keys }, request.resource, context, false) : undefined;
}

/** `context` with `values` set: keys compare case-insensitively, so another spelling of a key given is dropped. */
export function withValues(context: RequestContext | undefined, values: RequestContext): RequestContext {
  const given = new Set(Object.keys(values).map((k) => k.toLowerCase()));
  const out: RequestContext = {};
  for (const [k, v] of Object.entries(context ?? {})) if (!given.has(k.toLowerCase())) out[k] = v;
  return { ...out, ...values };
}

/**
 * Check access on pasted policies: the Conditional part of evaluatePolicies' answer, with the
 * decision under the example's values (as AccessResult.conditional gives it for a user).
 */
export function conditionalOfPolicies(set: CompiledPolicySet, request: PolicyRequest): ConditionalResult | undefined {
  const search = findConditionalInSet(set, request);
  if (search === undefined) return undefined;
  const info: ConditionalResult = { keys: search.keys, statements: search.statements };
  if (search.example !== undefined) {
    info.example = search.example;
    info.exampleDecision = evaluatePolicies(set, { ...request, context: withValues(request.context, search.example) }).decision;
  }
  return info;
}

/**
 * The search itself. Statements that apply or fail whatever the lacking keys are fixed; the others
 * are grouped by the keys they share, each group's value combinations are tried on their own, and
 * the groups' outcomes (some Allow applies, some Deny applies) are combined: exact, and cheap
 * because a group rarely reads more than one or two keys.
 */
function searchLacking(
  found: { all: Relevant[]; keys: Map<string, { key: string; conditions: CompiledCondition[] }> },
  resource: string | undefined,
  context: ContextLookup,
  allowedWithoutPolicy: boolean,
): ConditionalSearch | undefined {
  const { maybe, denied, allowed } = classify(found.all, context);
  if (denied) return undefined; // a Deny applies whatever the values
  const allowedFixed = allowed || allowedWithoutPolicy;
  // With an allow that no value can take away, only Deny statements matter.
  const matter = maybe.filter((r) => r.statement.deny || !allowedFixed);
  if (matter.length === 0) return undefined;
  const choices = new Map<string, ContextValue[]>();
  for (const [keyLower, entry] of found.keys) choices.set(keyLower, candidatesOf(entry.conditions));
  const groups = components(matter, context);
  const now = allowedUnder(found.all, resource, context, allowedWithoutPolicy);
  const result: ConditionalSearch = { keys: [], statements: matter.map((r) => r.ref) };
  for (const g of groups) for (const k of g.keys) result.keys.push(found.keys.get(k)!.key);
  // Combine the groups: reachable (any Allow, any Deny) over all of them, one assignment each.
  let states: Reach = [new Map(), undefined, undefined, undefined];
  for (const g of groups) {
    const reach = reachOf(g, choices, resource, context);
    if (reach === null) return result; // too many combinations: Conditional on caution
    const next: Reach = [undefined, undefined, undefined, undefined];
    states.forEach((sofar, s) => {
      if (sofar === undefined) return;
      reach.forEach((mine, r) => {
        if (mine === undefined) return;
        const merged = (s | r) as 0 | 1 | 2 | 3;
        next[merged] ??= new Map([...sofar, ...mine]);
      });
    });
    states = next;
  }
  const witness = states.find((assignment, s) => assignment !== undefined && ((allowedFixed || (s & 1) !== 0) && (s & 2) === 0) !== now);
  if (witness === undefined) return undefined;
  const flips = (values: ReadonlyMap<string, ContextValue>): boolean => {
    const trial = new Map(context);
    for (const [k, v] of values) trial.set(k, v);
    return allowedUnder(found.all, resource, trial, allowedWithoutPolicy) !== now;
  };
  // The fewest values that still flip it.
  const kept = new Map(witness);
  for (const k of [...kept.keys()]) {
    const value = kept.get(k)!;
    kept.delete(k);
    if (!flips(kept)) kept.set(k, value);
  }
  const example: RequestContext = {};
  for (const [k, v] of kept) example[found.keys.get(k)!.key] = v;
  result.example = example;
  return result;
}
