/**
 * "Did you mean" support: a bounded Levenshtein distance (stops once the bound is exceeded)
 * and the closest candidate within a bound that grows with the input's length.
 */

/** Edit distance of a and b, or `max + 1` as soon as it exceeds `max`. */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  let prev = new Array<number>(b.length + 1);
  let curr = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (curr[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      curr[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, curr] = [curr, prev];
  }
  return prev[b.length] ?? max + 1;
}

/** Default bound: a third of the input's length, at least 1, at most 4. */
export function defaultBound(input: string): number {
  return Math.max(1, Math.min(4, Math.floor(input.length / 3)));
}

/** The candidate closest to `input` (case-insensitive), within `max` edits; undefined if none. */
export function closestMatch(input: string, candidates: readonly string[], max = defaultBound(input)): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of candidates) {
    const d = boundedEditDistance(needle, candidate.toLowerCase(), Math.min(max, bestDistance - 1));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      if (d === 0) break;
    }
  }
  return bestDistance <= max ? best : undefined;
}
