#!/usr/bin/env node
/**
 * Cold start (part of `npm run bench:ui`): how long after navigation the rows of Global
 * Configuration are visible, loading the production build from localhost in Chromium with a cold
 * profile (a new browser context per run: no service worker registered, no IndexedDB, no HTTP cache).
 * Goal ≤ 1 s. Also reports, per run, when the first contentful paint came, when the shell
 * (persona button) appeared and when the mock backend was ready (performance mark
 * 'mock-backend-ready', set by src/main.tsx), to show where the time goes.
 * COLD_RUNS (default 7) runs; prints min / median / max.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { servePrivateBuild } from './lib.mjs';

const RUNS = Number(process.env.COLD_RUNS || 7);
const GOAL_MS = 1000;
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

if (!existsSync(executablePath)) {
  console.error(`bench-cold-start: no Chromium at ${executablePath}; install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}

/**
 * Runs in the page before its scripts: records, on each animation frame, the first frame in which
 * the Authorizations table shows a data row and the first in which the persona button exists.
 */
function observeStart() {
  const marks = {};
  window.__coldStart = marks;
  const tick = (now) => {
    if (marks.shell === undefined && document.querySelector('header button[aria-label^="Signed in as"]')) marks.shell = now;
    const row = document.querySelector('main table tbody tr td + td');
    if (row && row.closest('table')?.getAttribute('aria-busy') !== 'true') {
      marks.rows = now;
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

const fmt = (ms) => (Number.isFinite(ms) ? `${Math.round(ms)} ms` : 'n/a');
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0], median: s[Math.floor(s.length / 2)], max: s[s.length - 1] };
};

const { base, stop } = await servePrivateBuild('bench-cold-start');
let browser;
try {
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  const results = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US', serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.addInitScript(observeStart);
    await page.goto(`${base}/global-config`);
    await page.waitForFunction(() => window.__coldStart?.rows !== undefined, null, { timeout: 60_000 });
    const r = await page.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      const mock = performance.getEntriesByName('mock-backend-ready', 'mark')[0]?.startTime ?? NaN;
      return { rows: window.__coldStart.rows, shell: window.__coldStart.shell ?? NaN, paint, mock };
    });
    results.push(r);
    console.log(`run ${i + 1}: rows visible ${fmt(r.rows)} (first paint ${fmt(r.paint)}, shell ${fmt(r.shell)}, mock backend ready ${fmt(r.mock)})`);
    await context.close();
  }
  const rows = stats(results.map((r) => r.rows));
  const paint = stats(results.map((r) => r.paint));
  console.log(`\ncold start to visible Global Configuration rows, ${RUNS} runs: min ${fmt(rows.min)}, median ${fmt(rows.median)}, max ${fmt(rows.max)} (goal ≤ ${GOAL_MS} ms)`);
  console.log(`first contentful paint: min ${fmt(paint.min)}, median ${fmt(paint.median)}, max ${fmt(paint.max)}`);
} finally {
  await browser?.close();
  stop();
}
