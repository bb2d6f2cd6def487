/** Runs the access matrix in a Web Worker: progress, result, Cancel (terminates the worker). */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MatrixJob, MatrixResult } from '../lib/matrix-compute';
import type { MatrixWorkerMessage } from '../lib/matrix.worker';

export type MatrixRun =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number }
  | { status: 'done'; result: MatrixResult; workerMs: number; job: Omit<MatrixJob, 'snapshot'> }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

export function useMatrixWorker() {
  const [run, setRun] = useState<MatrixRun>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);

  const start = useCallback(
    (job: MatrixJob) => {
      stop();
      const w = new Worker(new URL('../lib/matrix.worker.ts', import.meta.url), { type: 'module' });
      worker.current = w;
      const { snapshot: _snapshot, ...meta } = job;
      setRun({ status: 'running', done: 0, total: job.users.length });
      w.onmessage = (e: MessageEvent<MatrixWorkerMessage>) => {
        const m = e.data;
        if (m.type === 'progress') setRun({ status: 'running', done: m.done, total: m.total });
        else {
          performance.mark('analyzer-matrix-done');
          setRun(m.type === 'done' ? { status: 'done', result: m.result, workerMs: m.workerMs, job: meta } : { status: 'error', message: m.message });
          stop();
        }
      };
      w.onerror = (e) => {
        setRun({ status: 'error', message: e.message || 'The matrix worker failed.' });
        stop();
      };
      // Marks for scripts/bench-ui.mjs (main-thread long tasks while the worker computes).
      performance.mark('analyzer-matrix-start');
      w.postMessage(job);
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
