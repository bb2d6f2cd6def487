/**
 * `*` wildcards (docs/policy-semantics.md §1): `*` matches any run of characters, including none, anywhere.
 * Patterns are compiled once into literal segments, each found by a linear-time search
 * (find-literal.ts) scanning forward: linear in the value, no RegExp, no backtracking.
 */
import { literalFinder, type LiteralFinder } from './find-literal';

export interface WildcardMatcher {
  /** The pattern as compiled (lower-cased when case-insensitive). */
  readonly pattern: string;
  readonly caseInsensitive: boolean;
  /** Pattern without `*`: compare for equality. */
  readonly exact: string | null;
  /** Literal text before the first `*` and after the last. */
  readonly head: string;
  readonly tail: string;
  /** Literal runs between stars, in order. */
  readonly middle: readonly string[];
  readonly finders: readonly LiteralFinder[];
  readonly minLength: number;
}

/** Compiles a `*` pattern. Case-insensitive matchers expect lower-cased values in {@link testWildcard}. */
export function compileWildcard(pattern: string, caseInsensitive = true): WildcardMatcher {
  const text = caseInsensitive ? pattern.toLowerCase() : pattern;
  const parts = text.split('*');
  if (parts.length === 1) {
    return { pattern: text, caseInsensitive, exact: text, head: text, tail: '', middle: [], finders: [], minLength: text.length };
  }
  const head = parts[0] ?? '';
  const tail = parts[parts.length - 1] ?? '';
  const middle = parts.slice(1, -1).filter((p) => p !== '');
  const minLength = head.length + tail.length + middle.reduce((n, p) => n + p.length, 0);
  return { pattern: text, caseInsensitive, exact: null, head, tail, middle, finders: middle.map(literalFinder), minLength };
}

/** Tests a value already normalised the matcher's way (lower-cased when case-insensitive). */
export function testWildcard(m: WildcardMatcher, value: string): boolean {
  if (m.exact !== null) return value === m.exact;
  if (value.length < m.minLength) return false;
  if (m.head !== '' && !value.startsWith(m.head)) return false;
  if (m.tail !== '' && !value.endsWith(m.tail)) return false;
  let from = m.head.length;
  const end = value.length - m.tail.length;
  for (const finder of m.finders) {
    const at = finder.find(value, from, end);
    if (at < 0) return false;
    from = at + finder.literal.length;
  }
  return true;
}

const cache = new Map<string, WildcardMatcher>();
const CACHE_LIMIT = 2048;

function cachedMatcher(pattern: string): WildcardMatcher {
  let m = cache.get(pattern);
  if (m === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    m = compileWildcard(pattern, true);
    cache.set(pattern, m);
  }
  return m;
}

/** Action semantics: `*` matches any run (incl. none) in any part; case-insensitive. */
export function matchesWildcard(pattern: string, value: string): boolean {
  return testWildcard(cachedMatcher(pattern), value.toLowerCase());
}

/** Resource semantics: `*` as for actions, but case-sensitive. */
export function matchesWildcardCaseSensitive(pattern: string, value: string): boolean {
  return testWildcard(compileWildcard(pattern, false), value);
}
