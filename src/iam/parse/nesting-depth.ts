/**
 * Finds where a JSON text first nests deeper than a limit, scanning brackets outside strings.
 * Run before the recursive parser so that 10,000 nested arrays cannot exhaust the stack.
 */

/** The offset of the bracket that exceeds `limit`, or -1. */
export function findExcessiveNesting(text: string, limit: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) {
      inString = true;
    } else if (c === 123 || c === 91) {
      depth++;
      if (depth > limit) return i;
    } else if (c === 125 || c === 93) {
      depth--;
    }
  }
  return -1;
}
