/**
 * Web Worker of the access matrix: computes rows in chunks, posts progress, and the result
 * (typed arrays, transferred) with the time it took. The engine is pure, so it runs here.
 */
import { computeMatrixRows, createMatrixResult, type MatrixJob, type MatrixResult } from './matrix-compute';

export type MatrixWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: MatrixResult; workerMs: number }
  | { type: 'error'; message: string };

/** Cells per progress message (rounded to whole rows). */
const CHUNK_CELLS = 5_000;

const scope = self as unknown as { onmessage: ((e: MessageEvent<MatrixJob>) => void) | null; postMessage: (m: MatrixWorkerMessage, transfer?: Transferable[]) => void };

scope.onmessage = (e: MessageEvent<MatrixJob>) => {
  const job = e.data;
  const start = performance.now();
  try {
    const rows = job.users.length;
    const out = createMatrixResult(job.kind, rows, job.columns.length);
    const step = Math.max(1, Math.floor(CHUNK_CELLS / Math.max(1, job.columns.length)));
    for (let from = 0; from < rows; from += step) {
      const to = Math.min(rows, from + step);
      computeMatrixRows(job, out, from, to);
      scope.postMessage({ type: 'progress', done: to, total: rows });
    }
    const workerMs = performance.now() - start;
    scope.postMessage({ type: 'done', result: out, workerMs }, [out.verdicts.buffer, out.details.buffer, out.missing.buffer]);
  } catch (err) {
    scope.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
