/**
 * The statements whose Action matches a request action, found through the index: the exact
 * bucket, the service bucket's wildcards and the any-service wildcards. In set order.
 */
import type { CompiledPolicySet, CompiledStatement, IndexedPatterns } from '../compile/compiled-policy-set';
import { testWildcard } from '../match/wildcard';

/** Lookups are synchronous, so one running mark per lookup de-duplicates in O(1). */
let lookupMark = 0;

function addMatching(out: CompiledStatement[], patterns: readonly IndexedPatterns[] | undefined, action: string, mark: number): void {
  if (patterns === undefined) return;
  for (const entry of patterns) {
    const st = entry.statement;
    if (st.seen === mark) continue;
    for (const m of entry.matchers) {
      if (testWildcard(m, action)) {
        st.seen = mark;
        out.push(st);
        break;
      }
    }
  }
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
  addMatching(out, set.byService.get(serviceOf(actionLower)), actionLower, mark);
  addMatching(out, set.anyService, actionLower, mark);
  if (out.length > 1 && out.length !== before) out.sort((a, b) => a.order - b.order);
  return out;
}
