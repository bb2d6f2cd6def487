#!/usr/bin/env node
/**
 * `npm run bench:ui`: the Access Analyzer in Chromium on the large demo organisation (10,000 users,
 * 1,000 groups). Figures, each with its goal:
 * - a new tab on an analyzer URL until the analyzer is ready (organisation read): ≤ 1.5 s;
 * - the matrix of 1,000 users × 200 catalog actions: worker time ≤ 150 ms;
 * - the whole organisation: 10,000 users × every scenario, and × every catalog action: ≤ 2 s,
 *   no main-thread task over 50 ms while it computes (PerformanceObserver 'longtask');
 * - the consequence preview of a mode switch (every user, both modes, in a worker): ≤ 500 ms, no
 *   main-thread task over 50 ms (scripts/bench/ui-preview.mjs);
 * - the reverse questions on their tabs, "who can use function F" (10,000 users) and "what can
 *   user U do" (every function and catalog action): ≤ 100 ms.
 * BENCH_ROUNDS runs per matrix (default 5; 3 for the whole organisation). BENCH_DIST=<dir> measures
 * another build (e.g. main's, for a before/after ratio); otherwise dist/, rebuilt when stale.
 * BENCH_COLD_TABS new tabs (default 3), BENCH_REVERSE=0 skips the reverse questions, BENCH_TRACE=1
 * prints what ran in the longest main-thread tasks (scripts/bench/ui-trace.mjs). BENCH_PARTS=cold,
 * matrix,whole,preview,reverse runs only those parts (default: all). The trace's CPU time of a task
 * is the figure to read on a loaded machine: wall time also counts waiting for a core.
 */
import { spawnSync } from 'node:child_process';
import { coldAnalyzer, matrixRuns, pick, reverseQuestion, summary } from './bench/ui-analyzer.mjs';
import { ms, openBench } from './bench/ui-browser.mjs';
import { modePreviewRuns } from './bench/ui-preview.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS || 5);
const BIG_ROUNDS = Math.min(3, ROUNDS);

/** The catalog's actions (all, in catalog order) and the scenario ids. */
function readCatalog() {
  const code = "import { ACTIONS, SCENARIOS } from './src/iam'; console.log(JSON.stringify({ actions: ACTIONS.map((a) => a.action), scenarios: SCENARIOS.length }))";
  const r = spawnSync('npx', ['tsx', '-e', code], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bench-ui: could not read the action catalog: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

/** 200 catalog actions, evenly spread over the catalog (every service represented). */
const spread = (all, n) => Array.from({ length: Math.min(n, all.length) }, (_, i) => all[Math.floor((i * all.length) / n)]);

const catalog = readCatalog();
const parts = process.env.BENCH_PARTS?.split(',');
const runs = (part) => !parts || parts.includes(part);
const { base, browser, context, page, close } = await openBench();
try {
  console.log('\n# A new tab on /analyzer (organisation read through the regular APIs)');
  const cold = [];
  for (let i = 0; i < (runs('cold') ? Number(process.env.BENCH_COLD_TABS ?? 3) : 0); i++) {
    const r = await coldAnalyzer(context, base);
    cold.push(r.readyMs);
    console.log(`  tab ${i + 1}: analyzer ready ${ms(r.readyMs)} after navigation start; ${r.requests} API requests until ready (${r.inPage} answered in the page), ${r.perGroup} of them per-group membership reads`);
  }
  if (cold.length) console.log(`cold URL → analyzer ready: best ${ms(Math.min(...cold))}, worst ${ms(Math.max(...cold))} (goal ≤ 1500 ms)`);

  const matrix = (columns, limit) => new URLSearchParams({ tab: 'matrix', ...(columns ? { cols: 'actions', mactions: columns.join(',') } : {}), limit: String(limit) }).toString();

  if (runs('matrix')) {
    console.log('\n# Matrix: 1,000 users × 200 catalog actions');
    summary('1,000 × 200', await matrixRuns(browser, page, base, matrix(spread(catalog.actions, 200), 1000), ROUNDS), 150);
  }
  if (runs('whole')) {
    console.log(`\n# Whole organisation: 10,000 users × every scenario (${catalog.scenarios})`);
    summary(`10,000 × ${catalog.scenarios} scenarios`, await matrixRuns(browser, page, base, matrix(null, 10000), BIG_ROUNDS), 2000);

    console.log(`\n# Whole organisation: 10,000 users × every catalog action (${catalog.actions.length})`);
    summary(`10,000 × ${catalog.actions.length} actions`, await matrixRuns(browser, page, base, matrix(catalog.actions, 10000), BIG_ROUNDS), 2000);
  }

  if (runs('preview')) {
    console.log('\n# Consequence preview of a mode switch on 10,000 users (Global Configuration → Non-strict)');
    await modePreviewRuns(browser, page, base, ROUNDS);
  }

  if (process.env.BENCH_REVERSE !== '0' && runs('reverse')) {
    console.log('\n# Reverse questions on 10,000 users (worker time; the first answer follows the organisation reaching the worker)');
    const who = await reverseQuestion(page, base, '/analyzer?tab=who&scenario=training-management', pick('Scenario', 'real-time', 'Real-time services'));
    console.log(`who can use F: first ${ms(who.first)}, next question ${ms(who.second)} (click→answer ${ms(who.clickToAnswer)}; longest main-thread task ${ms(who.longest)}) (goal ≤ 100 ms)`);
    const what = await reverseQuestion(page, base, '/analyzer?tab=user&user=omar', pick('User', 'maya', 'maya'));
    console.log(`what can U do: first ${ms(what.first)}, next question ${ms(what.second)} (click→answer ${ms(what.clickToAnswer)}; longest main-thread task ${ms(what.longest)}) (goal ≤ 100 ms)`);
  }
} finally {
  await close();
}
