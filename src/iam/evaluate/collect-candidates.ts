/**
 * The statements whose Action matches a request action, found through the index (see
 * PatternBucket): the exact bucket, then per bucket (the action's service, and the any-service
 * one) the patterns that match every action of its shape (their statements merged in, already in
 * set order), the `service:*:op*` patterns of its operation's prefixes, the `service:*:*op*` ones
 * whose literal its operation contains, and a test of the rest
 * (those filed under its `service:type:` prefix and the others). Each distinct pattern is looked
 * at once. In set order.
 */
import { literalPrefix } from '../compile/compile-policies';
import type { CompiledPolicySet, CompiledStatement, PatternBucket, PatternGroup } from '../compile/compiled-policy-set';
import { testWildcard } from '../match/wildcard';

/** Lookups are synchronous, so one running mark per lookup de-duplicates in O(1). */
let lookupMark = 0;

function addStatements(out: CompiledStatement[], statements: readonly CompiledStatement[], mark: number): void {
  for (const st of statements) {
    if (st.seen === mark) continue;
    st.seen = mark;
    out.push(st);
  }
}

function addTested(out: CompiledStatement[], groups: readonly PatternGroup[] | undefined, action: string, mark: number): void {
  if (groups === undefined) return;
  for (const group of groups) if (testWildcard(group.matcher, action)) addStatements(out, group.statements, mark);
}

function addCertain(out: CompiledStatement[], groups: readonly PatternGroup[] | undefined, mark: number): void {
  if (groups === undefined) return;
  for (const group of groups) addStatements(out, group.statements, mark);
}

/**
 * A bucket's candidates other than its `anyType` statements (which the caller merges in).
 * `operation` is the action's text after its second `:` when it has exactly two, else null:
 * then every pattern not filed under a prefix is tested.
 */
function addBucket(out: CompiledStatement[], bucket: PatternBucket, action: string, prefix: string | null, operation: string | null, mark: number): void {
  if (prefix !== null) addTested(out, bucket.byPrefix.get(prefix), action, mark);
  if (operation === null) {
    addTested(out, bucket.unprefixed, action, mark);
    return;
  }
  for (const { literal, group } of bucket.byContained) if (operation.includes(literal)) addStatements(out, group.statements, mark);
  for (const length of bucket.operationLengths) {
    if (length > operation.length) break;
    addCertain(out, bucket.byOperation.get(operation.slice(0, length)), mark);
  }
  addTested(out, bucket.other, action, mark);
}

function serviceOf(action: string): string {
  const colon = action.indexOf(':');
  return colon < 0 ? action : action.slice(0, colon);
}

/** The text after the second `:` when the action has exactly two, else null. */
function operationOf(action: string, prefix: string | null): string | null {
  if (prefix === null) return null;
  return action.indexOf(':', prefix.length) < 0 ? action.slice(prefix.length) : null;
}

const CACHE_LIMIT = 4096;

/** `actionLower` must already be lower-cased. Memoised per set and action. */
export function collectCandidates(set: CompiledPolicySet, actionLower: string): readonly CompiledStatement[] {
  const cached = set.candidateCache.get(actionLower);
  if (cached !== undefined) return cached;
  const found = findCandidates(set, actionLower);
  if (set.candidateCache.size >= CACHE_LIMIT) set.candidateCache.clear();
  set.candidateCache.set(actionLower, found);
  return found;
}

/**
 * Set order, in place. A short list (the usual case: what the tested and operation-filed patterns
 * add to the exact ones, nearly sorted already) by insertion; a longer one by a numeric sort of the
 * `order`s (each is the statement's index in set.statements), several times cheaper than sorting
 * the statements with a comparator.
 */
function sortInPlace(set: CompiledPolicySet, list: CompiledStatement[]): void {
  const n = list.length;
  if (n <= 24) {
    for (let i = 1; i < n; i++) {
      const st = list[i]!;
      let j = i - 1;
      while (j >= 0 && list[j]!.order > st.order) {
        list[j + 1] = list[j]!;
        j--;
      }
      list[j + 1] = st;
    }
    return;
  }
  const orders = new Int32Array(n);
  for (let i = 0; i < n; i++) orders[i] = list[i]!.order;
  orders.sort();
  for (let i = 0; i < n; i++) list[i] = set.statements[orders[i]!]!;
}

/** Two lists in set order, without common statements, merged in set order. */
function merge(a: readonly CompiledStatement[], b: readonly CompiledStatement[]): CompiledStatement[] {
  if (b.length === 0) return a.slice();
  if (a.length === 0) return b as CompiledStatement[];
  const out: CompiledStatement[] = new Array<CompiledStatement>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i]!.order < b[j]!.order ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

function findCandidates(set: CompiledPolicySet, actionLower: string): CompiledStatement[] {
  const mark = ++lookupMark;
  const prefix = literalPrefix(actionLower);
  const operation = operationOf(actionLower, prefix);
  const service = set.byService.get(serviceOf(actionLower));
  // The statements that match whatever the action's type and operation, already in set order.
  let certain: readonly CompiledStatement[] = [];
  if (operation !== null) {
    const a = service?.anyTypeStatements ?? [];
    const b = set.anyService.anyTypeStatements;
    if (b.length === 0) certain = a;
    else if (a.length === 0) certain = b;
    else {
      const merged: CompiledStatement[] = [];
      addStatements(merged, a, mark);
      addStatements(merged, b, mark);
      sortInPlace(set, merged);
      certain = merged;
    }
    for (const st of certain) st.seen = mark;
  }
  const rest: CompiledStatement[] = [];
  const exact = set.exact.get(actionLower);
  if (exact !== undefined) addStatements(rest, exact, mark);
  const before = rest.length;
  if (service !== undefined) addBucket(rest, service, actionLower, prefix, operation, mark);
  addBucket(rest, set.anyService, actionLower, prefix, operation, mark);
  // `exact` is in set order; what the buckets added may not be.
  if (rest.length !== before) sortInPlace(set, rest);
  return merge(certain, rest);
}
