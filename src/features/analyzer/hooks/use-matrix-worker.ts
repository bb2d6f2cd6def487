/**
 * Runs the access matrix in Web Workers (one per core, at most MAX_WORKERS, each a share of the
 * rows): progress, the merged result, Cancel (terminates them). `workerMs` is the slowest
 * worker's computing time. One worker is started when the matrix tab opens and kept between
 * runs, so Compute does not wait for the engine's code to load.
 */
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { createMatrixResult, trimSnapshot, type MatrixJob, type MatrixResult } from '../lib/matrix-compute';
import type { MatrixWorkerMessage } from '../lib/matrix.worker';

export type MatrixRun =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number }
  | { status: 'done'; result: MatrixResult; workerMs: number; job: Omit<MatrixJob, 'snapshot'> }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

const MAX_WORKERS = 4;
/**
 * Below this many cells one worker is faster than starting several: each extra worker loads the
 * engine and receives the snapshot (≈ 40 ms), more than the 1,000 × 200 matrix takes to compute.
 */
const SPLIT_FROM_CELLS = 1_000_000;

function workerCount(cells: number): number {
  if (cells < SPLIT_FROM_CELLS) return 1;
  const cores = typeof navigator !== 'undefined' && navigator.hardwareConcurrency ? navigator.hardwareConcurrency : 2;
  return Math.max(1, Math.min(MAX_WORKERS, cores));
}

const spawn = () => new Worker(new URL('../lib/matrix.worker.ts', import.meta.url), { type: 'module' });

export function useMatrixWorker() {
  const [run, setRun] = useState<MatrixRun>({ status: 'idle' });
  const workers = useRef<Worker[]>([]);
  /** The idle worker: started ahead of the first run, then the one that finished the last run. */
  const spare = useRef<Worker | null>(null);

  useEffect(() => {
    if (typeof Worker !== 'undefined' && spare.current === null) {
      const w = spawn();
      // A spare that failed to load is dropped; Compute then starts a new one (and reports its failure).
      w.onerror = () => {
        if (spare.current === w) spare.current = null;
      };
      spare.current = w;
    }
    return () => {
      spare.current?.terminate();
      spare.current = null;
    };
  }, []);

  const stop = useCallback(() => {
    for (const w of workers.current) w.terminate();
    workers.current = [];
  }, []);

  const start = useCallback(
    (job: MatrixJob) => {
      stop();
      const { snapshot, ...meta } = job;
      const rows = job.users.length;
      const cols = job.columns.length;
      const n = Math.min(workerCount(rows * cols), Math.max(1, rows));
      const size = Math.ceil(rows / n);
      const merged = createMatrixResult(job.kind, rows, cols);
      const done = new Array<number>(n).fill(0);
      let finished = 0;
      let slowest = 0;
      startTransition(() => setRun({ status: 'running', done: 0, total: rows }));
      // Marks for scripts/bench-ui.mjs (main-thread long tasks while the workers compute).
      performance.mark('analyzer-matrix-start');
      for (let k = 0; k < n; k++) {
        const users = job.users.slice(k * size, (k + 1) * size);
        const offset = k * size * cols;
        const w = k === 0 && spare.current !== null ? spare.current : spawn();
        if (k === 0) spare.current = null;
        workers.current.push(w);
        w.onmessage = (e: MessageEvent<MatrixWorkerMessage>) => {
          const m = e.data;
          if (m.type === 'progress') {
            done[k] = m.done;
            setRun({ status: 'running', done: done.reduce((a, b) => a + b, 0), total: rows });
            return;
          }
          if (m.type === 'error') {
            stop();
            setRun({ status: 'error', message: m.message });
            return;
          }
          merged.verdicts.set(m.result.verdicts, offset);
          merged.details.set(m.result.details, offset);
          merged.missing.set(m.result.missing, offset);
          slowest = Math.max(slowest, m.workerMs);
          workers.current = workers.current.filter((x) => x !== w);
          if (spare.current === null) spare.current = w;
          else w.terminate();
          if (++finished === n) {
            workers.current = [];
            performance.mark('analyzer-matrix-done');
            // A transition: React renders the first page of cells in slices, not one long task.
            startTransition(() => setRun({ status: 'done', result: merged, workerMs: slowest, job: meta }));
          }
        };
        w.onerror = (e) => {
          stop();
          setRun({ status: 'error', message: e.message || 'The matrix worker failed.' });
        };
        w.postMessage({ ...meta, users, snapshot: n === 1 ? snapshot : trimSnapshot(snapshot, users) } satisfies MatrixJob);
      }
    },
    [stop],
  );

  const cancel = useCallback(() => {
    stop();
    setRun({ status: 'cancelled' });
  }, [stop]);

  useEffect(() => stop, [stop]);

  return { run, start, cancel };
}
