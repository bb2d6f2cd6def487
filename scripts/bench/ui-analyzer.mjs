/** Measurements of `npm run bench:ui` on the Access Analyzer page (see scripts/bench-ui.mjs). */
import { list, ms } from './ui-browser.mjs';
import { startRound, stopTrace } from './ui-trace.mjs';

/**
 * Notes (performance.now) when the analyzer's tabs first appear: the organisation has been read.
 * Counts the console's API requests: those its client sends through the in-page transport
 * (mocks/browser.ts pushes each URL to window.__mockRequests when the array exists) and any that
 * reach the network or the service worker (resource timing).
 */
function watchAnalyzerReady() {
  performance.setResourceTimingBufferSize(10_000); // every network request is counted (default: 250)
  window.__mockRequests = [];
  const seen = () => [...document.querySelectorAll('[role="tab"]')].some((t) => t.textContent?.trim() === 'Check access');
  const observer = new MutationObserver(() => {
    if (window.__analyzerReady === undefined && seen()) {
      window.__analyzerReady = performance.now();
      window.__requestsWhenReady = window.__mockRequests.length;
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** A new tab opened on an analyzer URL: navigation start → the analyzer ready (organisation read). */
export async function coldAnalyzer(context, base) {
  const page = await context.newPage();
  await page.addInitScript(watchAnalyzerReady);
  await page.goto(`${base}/analyzer?tab=check&user=maya`);
  await page.getByRole('tab', { name: 'Check access' }).waitFor({ timeout: 120_000 });
  const r = await page.evaluate(() => {
    const isApi = (url) => /^\/(v1|v2|v3|v3\.0|v1\.0)\//.test(new URL(url, location.href).pathname);
    const inPage = window.__mockRequests.slice(0, window.__requestsWhenReady).filter(isApi);
    const network = performance.getEntriesByType('resource').filter((e) => e.startTime <= window.__analyzerReady && isApi(e.name)).map((e) => e.name);
    const all = [...inPage, ...network];
    return {
      readyMs: window.__analyzerReady,
      requests: all.length,
      inPage: inPage.length,
      perGroup: all.filter((u) => /\/v3\/groups\/[^/]+\/users/.test(new URL(u, location.href).pathname)).length,
    };
  });
  await page.close();
  return r;
}

/**
 * Opens the matrix on `query`, then runs Compute `rounds` times; worker time, click → result, long
 * tasks (the page's PerformanceObserver, wall time) and, from a Chrome trace, the longest
 * main-thread task's wall and CPU time while computing.
 */
export async function matrixRuns(browser, page, base, query, rounds) {
  await page.goto(`${base}/analyzer?${query}`);
  const compute = page.getByRole('button', { name: 'Compute matrix' });
  await compute.waitFor({ timeout: 300_000 });
  const results = [];
  for (let i = 0; i < rounds; i++) {
    await startRound(browser, page);
    await compute.click();
    // Marks set by the matrix hook when it posts the job and when the last row arrives.
    await page.waitForFunction(() => performance.getEntriesByName('analyzer-matrix-done', 'mark').length > 0, null, { timeout: 300_000, polling: 50 });
    await page.getByTestId('matrix-timing').waitFor({ timeout: 120_000 });
    const r = await page.evaluate(async () => {
      await new Promise((res) => setTimeout(res, 500));
      const mark = (name) => performance.getEntriesByName(name, 'mark').pop()?.startTime ?? NaN;
      const start = mark('analyzer-matrix-start');
      const done = mark('analyzer-matrix-done');
      const el = document.querySelector('[data-testid="matrix-timing"]');
      const tasks = window.__longTasks.filter((t) => t.start + t.duration >= start);
      return {
        rows: Number(el?.getAttribute('data-rows')),
        cols: Number(el?.getAttribute('data-cols')),
        workerMs: Number(el?.getAttribute('data-worker-ms')),
        wallMs: done - start,
        during: tasks.filter((t) => t.start < done).map((t) => t.duration),
        render: tasks.filter((t) => t.start >= done).map((t) => t.duration),
      };
    });
    const trace = await stopTrace(browser, 'analyzer-matrix-start', 'analyzer-matrix-done');
    const during = trace.tasks.filter((t) => t.during);
    const longest = during[0];
    r.traceWall = longest?.dur ?? 0;
    r.traceCpu = Math.max(0, ...during.map((t) => t.tdur));
    // How much longer the page's tasks took than they cost: waiting for a core (the machine's
    // other work, or this page's own workers).
    r.stretch = during.reduce((s, t) => s + t.dur, 0) / Math.max(1e-9, during.reduce((s, t) => s + t.tdur, 0));
    results.push(r);
    console.log(
      `  run ${i + 1}: ${r.rows} × ${r.cols}: worker ${r.workerMs.toFixed(1)} ms (click→last row ${ms(r.wallMs)}); long tasks while computing: ${list(r.during)}; after: ${list(r.render)}; ` +
        `trace: longest task while computing ${ms(r.traceWall)} wall / ${ms(longest?.tdur ?? 0)} CPU, most CPU in one task ${ms(r.traceCpu)}, main-thread wall/CPU ${r.stretch.toFixed(2)}${trace.note ? ` (${trace.note})` : ''}`,
    );
    if (process.env.BENCH_TRACE && longest) {
      // The three longest tasks, then any of the three costliest in CPU not among them (under load,
      // a long task may have cost little: it waited for a core).
      const shown = [...during.slice(0, 3), ...[...during].sort((a, b) => b.tdur - a.tdur).slice(0, 3)].filter((t, i, all) => all.indexOf(t) === i);
      for (const t of shown) console.log(`    task ${ms(t.dur)} wall / ${ms(t.tdur)} CPU: ${t.top().map(([n, v]) => `${n} ${v.toFixed(1)}`).join(', ')}`);
    }
  }
  return results;
}

export function summary(label, results, goalMs) {
  const worker = results.map((r) => r.workerMs).sort((a, b) => a - b);
  const wall = results.map((r) => r.wallMs).sort((a, b) => a - b);
  const median = (xs) => xs[Math.floor(xs.length / 2)];
  const maxDuring = Math.max(0, ...results.flatMap((r) => r.during));
  const maxRender = Math.max(0, ...results.flatMap((r) => r.render));
  const traceWall = Math.max(0, ...results.map((r) => r.traceWall ?? 0));
  const traceCpu = Math.max(0, ...results.map((r) => r.traceCpu ?? 0));
  console.log(
    `${label}: worker best ${ms(worker[0])}, median ${ms(median(worker))}, worst ${ms(worker.at(-1))}; click→last row median ${ms(median(wall))} (goal ≤ ${goalMs} ms); ` +
      `longest main-thread task while computing ${ms(maxDuring)} (goal ≤ 50 ms), after ${ms(maxRender)}; trace: longest ${ms(traceWall)} wall, most CPU in one task ${ms(traceCpu)}`,
  );
}

/**
 * A reverse question on its tab: the first answer after opening the URL (the worker receives and
 * prepares the organisation first), then a second question chosen in the form (`choose`).
 * Worker time of each, and click → answer for the second.
 */
export async function reverseQuestion(page, base, path, choose) {
  await page.goto(`${base}${path}`);
  const timing = page.getByTestId('reverse-timing');
  await timing.waitFor({ timeout: 300_000 });
  const first = Number(await timing.getAttribute('data-worker-ms'));
  const readyMs = await page.evaluate(() => performance.now());
  await page.evaluate(() => (window.__longTasks = []));
  const before = await timing.textContent();
  const clicked = await choose(page);
  await page.waitForFunction((old) => {
    const el = document.querySelector('[data-testid="reverse-timing"]');
    return el && el.textContent !== old;
  }, before, { timeout: 120_000, polling: 10 });
  const answeredAt = await page.evaluate(() => performance.now());
  const second = Number(await timing.getAttribute('data-worker-ms'));
  const longest = await page.evaluate(() => Math.max(0, ...window.__longTasks.map((t) => t.duration)));
  return { first, second, readyMs, clickToAnswer: answeredAt - clicked, longest };
}

/** Picks `option` in the searchable select `label` after typing `typed`; returns the click time (page clock). */
export function pick(label, typed, option) {
  return async (page) => {
    const box = page.getByRole('textbox', { name: label, exact: true });
    await box.click();
    await box.fill(typed);
    const item = page.getByRole('option', { name: option }).first();
    await item.waitFor();
    const t = await page.evaluate(() => performance.now());
    await item.click();
    return t;
  };
}
