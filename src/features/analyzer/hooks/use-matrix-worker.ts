/**
 * Runs a matrix question (users × scenarios or actions) in the analyzer's workers
 * (lib/matrix-pool.ts): the rows stream in as the workers compute them (`running` carries the
 * partial result and which rows are ready), progress, Cancel, the merged result. Large questions
 * are split over several workers (a share of the rows each); `workerMs` is the slowest one's time.
 */
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { Snapshot } from '@/iam';
import { createMatrixResult, type MatrixResult } from '../lib/matrix-compute';
import { acquirePool, cancelJob, MAX_WORKERS, poolWorkers, postJob, releasePool, type PoolWorker } from '../lib/matrix-pool';
import type { MatrixJobMeta, MatrixWorkerMessage } from '../lib/matrix.worker';

export type MatrixRun =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number; partial: MatrixResult; ready: Uint8Array; job: MatrixJobMeta }
  | { status: 'done'; result: MatrixResult; workerMs: number; job: MatrixJobMeta }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

/** Below this many cells one worker answers sooner than several (each needs the organisation). */
const SPLIT_FROM_CELLS = 1_000_000;
/** At most one render of the streamed rows per this many milliseconds. */
const STREAM_RENDER_MS = 100;

/**
 * One core stays with the page: workers on every core made the page's own tasks (the table's
 * first rows, each streamed render) wait for a core, so a 29 ms task took 72 ms on two cores while
 * the whole organisation computed (issue 15: no main-thread task over 50 ms). On two cores the
 * whole organisation is computed by one worker, well within its 2 s.
 */
function workerCount(cells: number): number {
  if (cells < SPLIT_FROM_CELLS) return 1;
  const cores = typeof navigator !== 'undefined' && navigator.hardwareConcurrency ? navigator.hardwareConcurrency : 2;
  return Math.max(1, Math.min(MAX_WORKERS, cores - 1));
}

let lastJobId = 0;

export function useMatrixWorker(snapshot: Snapshot) {
  const [run, setRun] = useState<MatrixRun>({ status: 'idle' });
  const active = useRef<{ id: number; workers: PoolWorker[]; timer: ReturnType<typeof setTimeout> | null } | null>(null);

  useEffect(() => {
    acquirePool(snapshot);
    return releasePool;
  }, [snapshot]);

  const stop = useCallback(() => {
    const a = active.current;
    if (!a) return;
    if (a.timer !== null) clearTimeout(a.timer);
    for (const w of a.workers) cancelJob(w, a.id);
    active.current = null;
  }, []);

  const start = useCallback(
    (job: MatrixJobMeta) => {
      stop();
      const id = ++lastJobId;
      const rows = job.users.length;
      const cols = job.columns.length;
      const workers = poolWorkers(snapshot, Math.min(workerCount(rows * cols), Math.max(1, rows)));
      const size = Math.ceil(rows / workers.length);
      const partial = createMatrixResult(job.kind, rows, cols);
      const ready = new Uint8Array(rows);
      const me = { id, workers, timer: null as ReturnType<typeof setTimeout> | null };
      active.current = me;
      let doneRows = 0;
      let finished = 0;
      let slowest = 0;
      const show = () => {
        me.timer = null;
        if (active.current === me) startTransition(() => setRun({ status: 'running', done: doneRows, total: rows, partial, ready, job }));
      };
      const fail = (message: string) => {
        stop();
        setRun({ status: 'error', message });
      };
      // Marks for scripts/bench-ui.mjs (main-thread long tasks while the workers compute).
      performance.mark('analyzer-matrix-start');
      show();
      workers.forEach((w, k) => {
        const first = k * size;
        const message = (m: MatrixWorkerMessage) => {
          if (active.current !== me) return;
          if (m.type === 'error') return fail(m.message);
          if (m.type === 'rows') {
            partial.verdicts.set(m.verdicts, (first + m.from) * cols);
            partial.details.set(m.details, (first + m.from) * cols);
            partial.missing.set(m.missing, (first + m.from) * cols);
            for (const [i, keys] of m.conditionalKeys) partial.conditionalKeys.set((first + m.from) * cols + i, keys);
            ready.fill(1, first + m.from, first + m.to);
            doneRows += m.to - m.from;
            me.timer ??= setTimeout(show, STREAM_RENDER_MS);
            return;
          }
          slowest = Math.max(slowest, m.workerMs);
          if (++finished < workers.length) return;
          if (me.timer !== null) clearTimeout(me.timer);
          active.current = null;
          performance.mark('analyzer-matrix-done');
          // A transition: React may render the result in slices, not one long task.
          startTransition(() => setRun({ status: 'done', result: partial, workerMs: slowest, job }));
        };
        const error = (text: string) => {
          if (active.current === me) fail(text);
        };
        postJob(w, { type: 'job', id, job: { ...job, users: job.users.slice(first, first + size) } }, { message, error });
      });
    },
    [snapshot, stop],
  );

  const cancel = useCallback(() => {
    stop();
    setRun({ status: 'cancelled' });
  }, [stop]);

  useEffect(() => stop, [stop]);

  return { run, start, cancel };
}
