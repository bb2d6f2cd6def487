/**
 * Leftmost occurrence of a pattern whose `?` matches any one character (no `*`) in a text.
 * Short patterns are compared position by position (cost bounded by their length per position:
 * linear). Long ones use the exact FFT method for matching with don't-cares: an alignment i
 * matches iff Σ_j w_j (p_j − t_{i+j})² = 0 (w_j = 0 at `?`), computed for a window of alignments
 * with two correlations, so a search costs O((text + pattern) · log pattern) and never O(n·m).
 * Characters are replaced by their rank among the pattern's characters (others: one extra rank),
 * written in base-64 digit planes, so every sum stays far below 2^53 and rounding cannot err.
 */
import { correlatePair, reversedSpectrum, type Spectrum } from './fft';

export interface MaskedFinder {
  /** Index of the leftmost occurrence starting at or after `from` and ending at or before `end`, or -1. */
  find(text: string, from: number, end: number): number;
}

const WILD = 63; // '?'
const SHORT = 32;
const BASE = 64;

function naiveFinder(pattern: string): MaskedFinder {
  const m = pattern.length;
  return {
    find(text, from, end) {
      for (let i = from; i + m <= end; i++) {
        let j = 0;
        while (j < m) {
          const p = pattern.charCodeAt(j);
          if (p !== WILD && p !== text.charCodeAt(i + j)) break;
          j++;
        }
        if (j === m) return i;
      }
      return -1;
    },
  };
}

interface Plane {
  /** Σ_j w_j p_j² for this plane. */
  constant: number;
  wp: Spectrum;
  w: Spectrum;
}

export function maskedFinder(pattern: string): MaskedFinder {
  const m = pattern.length;
  if (m <= SHORT) return naiveFinder(pattern);
  const rank = new Map<number, number>();
  for (let j = 0; j < m; j++) {
    const c = pattern.charCodeAt(j);
    if (c !== WILD && !rank.has(c)) rank.set(c, rank.size + 1);
  }
  const other = rank.size + 1;
  let planes = 1;
  for (let top = BASE; top <= other; top *= BASE) planes++;
  let size = 1;
  while (size < 4 * m) size <<= 1; // each window then moves ≥ 3m alignments on

  const digit = (r: number, plane: number) => (Math.floor(r / BASE ** plane) % BASE) + 1;
  const weights = new Float64Array(m);
  for (let j = 0; j < m; j++) weights[j] = pattern.charCodeAt(j) === WILD ? 0 : 1;
  const built: Plane[] = [];
  for (let plane = 0; plane < planes; plane++) {
    const wp = new Float64Array(m);
    let constant = 0;
    for (let j = 0; j < m; j++) {
      if (weights[j] === 0) continue;
      const d = digit(rank.get(pattern.charCodeAt(j))!, plane);
      wp[j] = d;
      constant += d * d;
    }
    built.push({ constant, wp: reversedSpectrum(wp, size), w: reversedSpectrum(weights, size) });
  }

  return {
    find(text, from, end) {
      for (let start = from; start + m <= end; start += size - m + 1) {
        const stop = Math.min(start + size, end);
        const sums = new Float64Array(stop - start - m + 1);
        for (let plane = 0; plane < planes; plane++) {
          const t = new Float64Array(stop - start);
          const t2 = new Float64Array(stop - start);
          for (let i = start; i < stop; i++) {
            const d = digit(rank.get(text.charCodeAt(i)) ?? other, plane);
            t[i - start] = d;
            t2[i - start] = d * d;
          }
          const { constant, wp, w } = built[plane]!;
          const { ax: cross, by: squares } = correlatePair(wp, w, m, t, t2, size);
          for (let i = 0; i < sums.length; i++) sums[i]! += constant - 2 * cross[i]! + squares[i]!;
        }
        for (let i = 0; i < sums.length; i++) if (Math.abs(sums[i]!) < 0.5) return start + i;
      }
      return -1;
    },
  };
}
