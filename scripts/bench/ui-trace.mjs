/**
 * Main-thread tasks of `npm run bench:ui` from a Chrome trace, so a figure can be read on a shared,
 * loaded machine: each task's wall time (`dur`) and its thread CPU time (`tdur`, what the task
 * itself cost; wall time also counts waiting for a core). BENCH_TRACE=1 also prints, for the
 * longest task, the trace events inside it by self time (what ran on the main thread).
 */

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing', 'toplevel'];
const TASK = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** Starts a trace of `page`'s renderer. */
export function startTrace(browser, page) {
  return browser.startTracing(page, { categories: CATEGORIES });
}

/**
 * Stops the trace; the main-thread tasks between the user-timing marks `from` and `to` (plus
 * `afterMs`), sorted longest wall time first: { dur, tdur, top } in milliseconds.
 */
export async function stopTrace(browser, from, to, afterMs = 500) {
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
  const markOf = (name) => traceEvents.filter((e) => e.name === name && e.cat?.includes('blink.user_timing')).at(-1);
  const start = markOf(from);
  const end = markOf(to);
  if (!start || !end) return { tasks: [], note: `no marks ${from}/${to} in the trace` };
  const { pid, tid } = start;
  const lo = start.ts;
  const hi = end.ts + afterMs * 1000;
  const onMain = traceEvents.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X');
  const all = onMain.filter((e) => TASK.has(e.name) && e.ts + (e.dur ?? 0) >= lo && e.ts <= hi && (e.dur ?? 0) > 0).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // A task may be recorded twice, nested (RunTask inside ThreadControllerImpl::RunTask): keep the outer one.
  const tasks = [];
  for (const t of all) if (!tasks.length || t.ts >= tasks.at(-1).ts + tasks.at(-1).dur) tasks.push(t);
  const out = tasks
    .map((t) => ({ ts: t.ts, dur: t.dur / 1000, tdur: (t.tdur ?? t.dur) / 1000, during: t.ts < end.ts, top: () => inside(onMain, t) }))
    .sort((a, b) => b.dur - a.dur);
  return { tasks: out, threads: threadCpu(traceEvents, pid, lo, end.ts) };
}

/**
 * CPU time (ms) of the renderer's tasks that start between `lo` and `hi`, per thread (main, each
 * worker, compositor…), largest first: what a measured round cost in all, whatever the load.
 */
function threadCpu(events, pid, lo, hi) {
  const names = new Map(events.filter((e) => e.pid === pid && e.ph === 'M' && e.name === 'thread_name').map((e) => [e.tid, e.args?.name ?? String(e.tid)]));
  const byThread = new Map();
  const last = new Map();
  const tasks = events.filter((e) => e.pid === pid && e.ph === 'X' && TASK.has(e.name) && e.ts >= lo && e.ts <= hi).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  for (const t of tasks) {
    // Only outer tasks (a task may be recorded twice, nested).
    if (t.ts < (last.get(t.tid) ?? -Infinity)) continue;
    last.set(t.tid, t.ts + (t.dur ?? 0));
    const name = names.get(t.tid) ?? String(t.tid);
    byThread.set(name, (byThread.get(name) ?? 0) + (t.tdur ?? t.dur ?? 0) / 1000);
  }
  return [...byThread.entries()].sort((a, b) => b[1] - a[1]);
}

/** Events nested in `task`, by self time (ms), largest first. */
function inside(events, task) {
  const end = task.ts + task.dur;
  const nested = events.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end && !TASK.has(e.name)).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  // Self time: an event's duration minus its direct children's (events are properly nested on one thread).
  const stack = [];
  const add = (e, ms) => {
    const label = e.args?.data?.functionName ? `${e.name}:${e.args.data.functionName}` : e.args?.data?.url ? `${e.name}:${String(e.args.data.url).split('/').pop()}` : e.name;
    self.set(label, (self.get(label) ?? 0) + ms);
  };
  const close = (upTo) => {
    while (stack.length && stack.at(-1).end <= upTo) {
      const s = stack.pop();
      add(s.e, (s.e.dur - s.children) / 1000);
    }
  };
  for (const e of nested) {
    close(e.ts);
    if (stack.length) stack.at(-1).children += e.dur ?? 0;
    stack.push({ e, end: e.ts + (e.dur ?? 0), children: 0 });
  }
  close(Infinity);
  return [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8);
}

/** Starts a measured round: forgets the page's long tasks and performance marks, then starts a trace. */
export async function startRound(browser, page) {
  await page.evaluate(() => {
    window.__longTasks = [];
    performance.clearMarks();
  });
  await startTrace(browser, page);
}
