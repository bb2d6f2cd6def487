/**
 * The browser side of `npm run bench:ui`: serves a private copy of a build (dist/, rebuilt when
 * stale, or BENCH_DIST to measure another build, e.g. main's before a change) on a free port,
 * starts Chromium and loads the large demo organisation (10,000 users).
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { servePrivateBuild } from '../lib.mjs';

const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Records main-thread long tasks (> 50 ms) in window.__longTasks, from the first paint on. */
function observeLongTasks() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** Starts the server and the browser; `close()` stops both. */
export async function openBench() {
  if (!existsSync(executablePath)) throw new Error(`bench-ui: no Chromium at ${executablePath}; install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  const dist = process.env.BENCH_DIST || 'dist';
  const { base, stop } = await servePrivateBuild('bench-ui', dist);
  let browser;
  const close = async () => {
    await browser?.close();
    stop();
  };
  try {
    browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(observeLongTasks);
    const page = await context.newPage();
    await page.goto(`${base}/demo-data`);
    await page.getByRole('button', { name: /^Signed in as / }).waitFor({ timeout: 60_000 });
    // The console answers in the page; the page's own fetch below reaches the mock backend only
    // once its service worker is active (mocks/browser.ts sets window.__mock then).
    await page.waitForFunction(() => window.__mock !== undefined, null, { timeout: 60_000 });
    console.log(`bench-ui: loading the large demo organisation (${dist})…`);
    const seeded = await page.evaluate(async () => {
      // /__mock/* is for administrators (docs/api.md): sign in as the account first.
      const identity = { methods: ['password'], password: { user: { name: 'acme' } } };
      const sign = await fetch('/v3/auth/tokens', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ auth: { identity } }) });
      const headers = { 'Content-Type': 'application/json', 'X-Auth-Token': sign.headers.get('X-Subject-Token') ?? '' };
      const res = await fetch('/__mock/seed', { method: 'POST', headers, body: JSON.stringify({ size: 'large' }) });
      await window.__mock?.flush?.(); // persisted before the next page load
      return res.status;
    });
    if (seeded >= 400) throw new Error(`bench-ui: POST /__mock/seed answered ${seeded}`);
    return { base, browser, context, page, close };
  } catch (err) {
    await close();
    throw err;
  }
}

export const ms = (x) => `${Math.round(x)} ms`;
export const list = (xs) => (xs.length ? xs.map(ms).join(', ') : 'none');
