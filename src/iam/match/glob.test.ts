// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { literalFinder } from './find-literal';
import { maskedFinder } from './find-masked';
import { matchesGlob } from './glob';
import { matchesWildcardCaseSensitive } from './wildcard';

/** The definition, by dynamic programming (O(n·m): only for small inputs). */
function reference(pattern: string, value: string): boolean {
  let row = new Array<boolean>(value.length + 1).fill(false);
  row[0] = true;
  for (const p of pattern) {
    const next = new Array<boolean>(value.length + 1).fill(false);
    if (p === '*') {
      for (let j = 0; j <= value.length; j++) next[j] = row[j]! || (j > 0 && next[j - 1]!);
    } else {
      for (let j = 1; j <= value.length; j++) next[j] = row[j - 1]! && (p === '?' || p === value[j - 1]);
    }
    row = next;
  }
  return row[value.length]!;
}

const text = (chars: string, max: number) => fc.string({ unit: fc.constantFrom(...chars), maxLength: max });

describe('matchesGlob agrees with the definition', () => {
  it('on short patterns', () => {
    fc.assert(fc.property(text('ab*?', 12), text('ab', 30), (p, v) => matchesGlob(p, v) === reference(p, v)), { numRuns: 500 });
  });

  it('on long segments (the FFT path for `?`, KMP for literals)', () => {
    // A value built from the pattern (so matches are common), then mutated.
    const sample = fc
      .tuple(text('ab?', 90), fc.integer({ min: 0, max: 3 }), text('ab', 40), text('ab', 40), fc.nat(), fc.boolean())
      .map(([core, stars, before, after, seed, mutate]) => {
        const pattern = '*'.repeat(stars > 0 ? 1 : 0) + core + (stars > 1 ? '*' : '');
        const filled = core.replace(/\?/g, () => 'ab'[seed % 2]!);
        let value = before + filled + after;
        if (mutate && value.length > 0) {
          const at = seed % value.length;
          value = value.slice(0, at) + (value[at] === 'a' ? 'b' : 'a') + value.slice(at + 1);
        }
        return { pattern, value: stars > 0 ? value : filled };
      });
    fc.assert(fc.property(sample, ({ pattern, value }) => matchesGlob(pattern, value) === reference(pattern, value)), { numRuns: 300 });
  });
});

describe('segment finders', () => {
  it('find the leftmost occurrence within [from, end)', () => {
    fc.assert(
      fc.property(text('ab?', 70), text('abc', 200), fc.nat(60), (pattern, value, from) => {
        const start = Math.min(from, value.length);
        let want = -1;
        for (let i = start; i + pattern.length <= value.length && want < 0; i++) {
          if ([...pattern].every((c, j) => c === '?' || c === value[i + j])) want = i;
        }
        expect(maskedFinder(pattern).find(value, start, value.length)).toBe(want);
        if (!pattern.includes('?')) expect(literalFinder(pattern).find(value, start, value.length)).toBe(want);
      }),
      { numRuns: 300 },
    );
  });

  it('the masked finder is exact on characters outside the BMP and wide alphabets (digit planes)', () => {
    const wide = Array.from({ length: 5000 }, (_, i) => String.fromCharCode(0x100 + i)).join('');
    const pattern = wide.slice(100, 400).replace(/(.)(.)/g, '$1?');
    expect(maskedFinder(pattern).find(wide, 0, wide.length)).toBe(100);
    expect(maskedFinder(pattern).find(wide, 101, wide.length)).toBe(-1);
    expect(maskedFinder('😀?'.repeat(20) + 'x').find('a' + '😀z'.repeat(20) + 'x', 0, 62)).toBe(1);
  });
});

// Regression (issue 12 item 9): the backtracking matcher took 6,000 × 1,000,000 steps here
// (minutes; this test timed out). Figures are in `npm run bench`, not here.
describe('worst cases stay exact', () => {
  it('a 6 kB pattern against a 1 MB near-miss', () => {
    const value = 'a'.repeat(1_000_000);
    expect(matchesGlob(`*${'a'.repeat(6000)}b*`, value)).toBe(false);
    expect(matchesGlob(`*${'a'.repeat(6000)}*`, value)).toBe(true);
    expect(matchesGlob(`*${'a?'.repeat(3000)}b*`, value.slice(0, 200_000))).toBe(false);
  });

  it('a long literal pattern against a long near-miss', () => {
    const value = 'a'.repeat(50_000);
    expect(matchesGlob(`*${'a'.repeat(2000)}b*`, value)).toBe(false);
    expect(matchesGlob(`*${'a?'.repeat(1000)}b*`, value)).toBe(false);
    expect(matchesGlob(`*${'a?'.repeat(1000)}*`, value)).toBe(true);
    expect(matchesWildcardCaseSensitive(`*${'a'.repeat(2000)}b*`, value)).toBe(false);
  });
});
