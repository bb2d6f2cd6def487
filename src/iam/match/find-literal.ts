/**
 * Leftmost occurrence of a literal in a text, in O(text + literal) whatever the input
 * (Knuth–Morris–Pratt): the prefix table is built once per literal and reused for every search.
 */
export interface LiteralFinder {
  readonly literal: string;
  /** Index of the leftmost occurrence starting at or after `from` and ending at or before `end`, or -1. */
  find(text: string, from: number, end: number): number;
}

/** Short literals: the built-in search is linear for them (its cost per position is bounded by the literal). */
const SHORT = 32;

export function literalFinder(literal: string): LiteralFinder {
  const m = literal.length;
  if (m <= SHORT) {
    return {
      literal,
      find(text, from, end) {
        const at = text.indexOf(literal, from);
        return at >= 0 && at + m <= end ? at : -1;
      },
    };
  }
  const fail = new Int32Array(m);
  for (let i = 1, k = 0; i < m; i++) {
    while (k > 0 && literal.charCodeAt(i) !== literal.charCodeAt(k)) k = fail[k - 1]!;
    if (literal.charCodeAt(i) === literal.charCodeAt(k)) k++;
    fail[i] = k;
  }
  return {
    literal,
    find(text, from, end) {
      for (let i = from, k = 0; i < end; i++) {
        const c = text.charCodeAt(i);
        while (k > 0 && c !== literal.charCodeAt(k)) k = fail[k - 1]!;
        if (c === literal.charCodeAt(k)) k++;
        if (k === m) return i - m + 1;
      }
      return -1;
    },
  };
}
