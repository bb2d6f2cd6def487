/**
 * The statements whose Action matches a request action, found through the index: the exact
 * bucket, the service bucket's wildcards (those filed under the action's `service:type:` prefix
 * and those that are not) and the any-service wildcards; each distinct pattern is tested once.
 * In set order.
 */
import { literalPrefix } from '../compile/compile-policies';
import type { CompiledPolicySet, CompiledStatement, PatternBucket, PatternGroup } from '../compile/compiled-policy-set';
import { testWildcard } from '../match/wildcard';

/** Lookups are synchronous, so one running mark per lookup de-duplicates in O(1). */
let lookupMark = 0;

function addGroups(out: CompiledStatement[], groups: readonly PatternGroup[] | undefined, action: string, mark: number): void {
  if (groups === undefined) return;
  for (const group of groups) {
    if (!testWildcard(group.matcher, action)) continue;
    for (const st of group.statements) {
      if (st.seen === mark) continue;
      st.seen = mark;
      out.push(st);
    }
  }
}

function addMatching(out: CompiledStatement[], bucket: PatternBucket | undefined, action: string, prefix: string | null, mark: number): void {
  if (bucket === undefined) return;
  if (prefix !== null) addGroups(out, bucket.byPrefix.get(prefix), action, mark);
  addGroups(out, bucket.other, action, mark);
}

function serviceOf(action: string): string {
  const colon = action.indexOf(':');
  return colon < 0 ? action : action.slice(0, colon);
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

function findCandidates(set: CompiledPolicySet, actionLower: string): CompiledStatement[] {
  const mark = ++lookupMark;
  const exact = set.exact.get(actionLower);
  const out: CompiledStatement[] = exact === undefined ? [] : exact.slice();
  for (const st of out) st.seen = mark;
  const before = out.length;
  const prefix = literalPrefix(actionLower);
  addMatching(out, set.byService.get(serviceOf(actionLower)), actionLower, prefix, mark);
  addMatching(out, set.anyService, actionLower, prefix, mark);
  if (out.length > 1 && out.length !== before) {
    // Set order: `order` is the statement's index in set.statements; a numeric sort of the
    // indexes is several times cheaper than sorting the statements with a comparator.
    const orders = new Int32Array(out.length);
    for (let i = 0; i < out.length; i++) orders[i] = out[i]!.order;
    orders.sort();
    for (let i = 0; i < out.length; i++) out[i] = set.statements[orders[i]!]!;
  }
  return out;
}
