/**
 * Hostile-input bench (`npm run bench`): the engine on 1 MB-class inputs must stay linear or
 * n·log n. Worst cases: StringMatch with a 6 kB pattern against 200 kB and 1 MB values (literal
 * segments → KMP, `?` segments → FFT), parsePolicy with 20k and 100k keys / actions / statements,
 * and a 106 kB shared Check access URL (parse + validate + evaluate). Figures are ms in this run
 * and ratios: 1 MB / 200 kB (≈ 5 when linear) and against the old backtracking matcher.
 */
import { performance } from 'node:perf_hooks';
import { parseCheckQuery } from '../src/features/analyzer/lib/check-query';
import { runCheck } from '../src/features/analyzer/lib/run-check';
import { matchesGlob } from '../src/iam/match/glob';
import { parsePolicy } from '../src/iam/parse';
import { backtrackingGlob } from './bench/backtracking-glob';

/** Best of `rounds` runs, in ms. */
function ms(run: () => unknown, rounds = 3): number {
  let best = Infinity;
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const f = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
let worst = 0;

console.log('\nHostile inputs (linear-time engine)');
const PATTERNS: Array<[string, string]> = [
  ['literal 6 kB  (*a…ab*)', `*${'a'.repeat(6000)}b*`],
  ['masked 6 kB   (*a?a?…b*)', `*${'a?'.repeat(3000)}b*`],
  ['tail 6 kB     (*a…ab)', `*${'a'.repeat(5999)}b`],
  ['2000 segments (*a?*a?…b)', `${'*a?'.repeat(2000)}*b`],
];
for (const [label, pattern] of PATTERNS) {
  const small = 'a'.repeat(200_000);
  const large = 'a'.repeat(1_000_000);
  // A new value each round ('c' + round: same match outcome), so the matcher's last-value memo never answers.
  let round = 0;
  const t200 = ms(() => matchesGlob(pattern, `${small}c${round++}`));
  const t1m = ms(() => matchesGlob(pattern, `${large}c${round++}`));
  worst = Math.max(worst, t1m);
  console.log(`StringMatch ${label}: 200 kB ${f(t200)} ms, 1 MB ${f(t1m)} ms (1 MB / 200 kB ${(t1m / Math.max(t200, 0.01)).toFixed(1)}×)`);
}
{
  // The old matcher on 20 kB (200 kB took seconds): the same input through both.
  const pattern = `*${'a'.repeat(6000)}b*`;
  const value = 'a'.repeat(20_000);
  const before = ms(() => backtrackingGlob(pattern, value), 1);
  let round = 0;
  const after = ms(() => matchesGlob(pattern, `${value}c${round++}`));
  console.log(`StringMatch literal 6 kB × 20 kB: backtracking ${f(before)} ms, linear ${f(after)} ms (${(before / Math.max(after, 0.01)).toFixed(0)}× faster)`);
}

const policyText = (n: number, kind: 'keys' | 'actions' | 'statements') =>
  JSON.stringify({
    Version: '1.1',
    Statement:
      kind === 'statements'
        ? Array.from({ length: n }, (_, i) => ({ Effect: 'Allow', Action: [`modelarts:x${i}:y`] }))
        : [
            kind === 'keys'
              ? { Effect: 'Allow', Action: ['obs:*:*'], ...Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 1])) }
              : { Effect: 'Allow', Action: Array.from({ length: n }, (_, i) => `modelarts:*${i}:*`) },
          ],
  });
// Sizes: the large input of each kind is about 1 MB; the small one a fifth of it.
const SIZES = { keys: 100_000, actions: 50_000, statements: 20_000 } as const;
for (const kind of ['keys', 'actions', 'statements'] as const) {
  const n = SIZES[kind];
  const small = policyText(n / 5, kind);
  const large = policyText(n, kind);
  const tSmall = ms(() => parsePolicy(small), 1);
  const tLarge = ms(() => parsePolicy(large), 1);
  worst = Math.max(worst, tLarge);
  console.log(
    `parsePolicy ${String(n / 5).padStart(6)} / ${String(n).padStart(6)} ${kind.padEnd(10)} (${(small.length / 1e6).toFixed(2)} / ${(large.length / 1e6).toFixed(2)} MB): ` +
      `${f(tSmall)} ms / ${f(tLarge)} ms (ratio ${(tLarge / tSmall).toFixed(1)}× for 5× the input)`,
  );
}

{
  const policy = JSON.stringify({
    Version: '1.1',
    Statement: [{ Effect: 'Allow', Action: ['modelarts:*:*'], Condition: { StringMatch: { 'g:UserName': [`*${'a?'.repeat(3000)}b*`] } } }],
  });
  const actions = Array.from({ length: 3000 }, (_, i) => `modelarts:x${i}:list`).join(',');
  const ctx = JSON.stringify({ 'g:UserName': 'a'.repeat(40_000) });
  const url = new URLSearchParams({ tab: 'check', policy, actions, ctx }).toString();
  const t = ms(() => {
    const q = parseCheckQuery(new URLSearchParams(url), { projectId: 'p-1', workspaceId: '0' });
    return q && runCheck(undefined, q);
  });
  worst = Math.max(worst, t);
  console.log(`Check access URL of ${(url.length / 1024).toFixed(0)} kB (3,000 actions, 6 kB StringMatch × 40 kB value): parse + check ${f(t)} ms`);
}
console.log(`Worst engine time on these inputs: ${f(worst)} ms`);
