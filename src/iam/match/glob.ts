/**
 * `StringMatch` globs (docs/policy-semantics.md §1): `*` any run, `?` exactly one character,
 * case-sensitive. Linear time whatever the input (a 6 kB pattern against a 1 MB value included):
 * the pattern is split at `*` into fixed-length segments; the first is anchored at the start,
 * the last at the end, and each middle one is placed at its leftmost occurrence after the
 * previous (greedy placement is optimal, so there is no backtracking). Segments are found with
 * KMP (literals) or the masked finder (with `?`), each scanning the value forward once.
 */
import { literalFinder } from './find-literal';
import { maskedFinder } from './find-masked';

interface Segment {
  text: string;
  find(text: string, from: number, end: number): number;
}

interface CompiledGlob {
  /** Pattern without `*`. */
  exact: boolean;
  head: string;
  tail: string;
  middle: Segment[];
  minLength: number;
  /** The last value tested and its answer: a check of many actions tests the same context value again and again. */
  last?: { value: string; result: boolean };
}

const WILD = 63; // '?'

/** Whether `segment` (no `*`) matches `value` at `at`. */
function matchesAt(segment: string, value: string, at: number): boolean {
  for (let j = 0; j < segment.length; j++) {
    const p = segment.charCodeAt(j);
    if (p !== WILD && p !== value.charCodeAt(at + j)) return false;
  }
  return true;
}

function compileGlob(pattern: string): CompiledGlob {
  const parts = pattern.split('*');
  if (parts.length === 1) return { exact: true, head: pattern, tail: '', middle: [], minLength: pattern.length };
  const head = parts[0]!;
  const tail = parts[parts.length - 1]!;
  const middle = parts
    .slice(1, -1)
    .filter((p) => p !== '')
    .map((text): Segment => ({ text, ...(text.includes('?') ? maskedFinder(text) : literalFinder(text)) }));
  const minLength = head.length + tail.length + middle.reduce((n, s) => n + s.text.length, 0);
  return { exact: false, head, tail, middle, minLength };
}

const cache = new Map<string, CompiledGlob>();
const CACHE_LIMIT = 256;

function cachedGlob(pattern: string): CompiledGlob {
  let glob = cache.get(pattern);
  if (glob === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    glob = compileGlob(pattern);
    cache.set(pattern, glob);
  }
  return glob;
}

export function matchesGlob(pattern: string, value: string): boolean {
  const g = cachedGlob(pattern);
  if (g.last?.value === value) return g.last.result;
  const result = testGlob(g, value);
  if (value.length > 256) g.last = { value, result };
  return result;
}

function testGlob(g: CompiledGlob, value: string): boolean {
  if (g.exact) return value.length === g.head.length && matchesAt(g.head, value, 0);
  if (value.length < g.minLength) return false;
  if (!matchesAt(g.head, value, 0)) return false;
  const end = value.length - g.tail.length;
  if (!matchesAt(g.tail, value, end)) return false;
  let from = g.head.length;
  for (const segment of g.middle) {
    const at = segment.find(value, from, end);
    if (at < 0) return false;
    from = at + segment.text.length;
  }
  return true;
}
