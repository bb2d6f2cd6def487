/**
 * Memoises a pure value reader for text input (IP and date parsing are the costly ones and the
 * same request values recur). Bounded: the memo is cleared when it reaches its limit.
 */
export function memoizeReader<T>(read: (value: unknown) => T | null, limit = 1024): (value: unknown) => T | null {
  const memo = new Map<string, T | null>();
  return (value) => {
    if (typeof value !== 'string') return read(value);
    const hit = memo.get(value);
    if (hit !== undefined) return hit;
    const result = read(value);
    if (memo.size >= limit) memo.clear();
    memo.set(value, result);
    return result;
  };
}
