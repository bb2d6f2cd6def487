/**
 * The analyzer's matrix workers, shared by its tabs: each worker receives the organisation once
 * (when a tab that needs it opens) and keeps it, so a question posts only user ids and columns.
 * Workers outlive a tab switch; they stop a while after the last tab using them has closed.
 */
import type { Snapshot } from '@/iam';
import type { MatrixWorkerMessage, MatrixWorkerRequest } from './matrix.worker';

export const MAX_WORKERS = 4;
const IDLE_STOP_MS = 30_000;

export interface JobListener {
  message: (m: MatrixWorkerMessage) => void;
  /** The worker failed (it is dropped from the pool). */
  error: (message: string) => void;
}

export interface PoolWorker {
  worker: Worker;
  /** The organisation this worker holds. */
  snapshot: Snapshot | null;
  /** Job id → who waits for its messages (several questions may share a worker). */
  jobs: Map<number, JobListener>;
}

function spawn(): PoolWorker {
  const w: PoolWorker = { worker: new Worker(new URL('./matrix.worker.ts', import.meta.url), { type: 'module' }), snapshot: null, jobs: new Map() };
  w.worker.onmessage = (e: MessageEvent<MatrixWorkerMessage>) => {
    const listener = w.jobs.get(e.data.id);
    if (e.data.type !== 'rows') w.jobs.delete(e.data.id);
    listener?.message(e.data);
  };
  // A worker that failed (e.g. did not load) is dropped; the next question starts another.
  w.worker.onerror = (e) => {
    const listeners = [...w.jobs.values()];
    discardWorker(w);
    for (const l of listeners) l.error(e.message || 'The matrix worker failed.');
  };
  return w;
}

let workers: PoolWorker[] = [];
let users = 0;
let stopTimer: ReturnType<typeof setTimeout> | null = null;

function send(w: PoolWorker, message: MatrixWorkerRequest, transfer: Transferable[] = []): void {
  w.worker.postMessage(message, transfer);
}

/**
 * Workers for a question, at least `n` (up to MAX_WORKERS), each holding `snapshot`. The
 * organisation is copied from the page once; a worker that joins later receives it from one that
 * holds it, through a MessageChannel, so the copy (tens of milliseconds on 10,000 users) runs in
 * that worker, not as a task on the page's thread.
 */
export function poolWorkers(snapshot: Snapshot, n: number): PoolWorker[] {
  while (workers.length < Math.min(n, MAX_WORKERS)) workers.push(spawn());
  const chosen = workers.slice(0, Math.max(1, Math.min(n, MAX_WORKERS)));
  for (const w of chosen) {
    if (w.snapshot === snapshot) continue;
    const holder = workers.find((x) => x !== w && x.snapshot === snapshot);
    w.snapshot = snapshot;
    if (holder === undefined) {
      send(w, { type: 'snapshot', snapshot });
      continue;
    }
    const { port1, port2 } = new MessageChannel();
    send(holder, { type: 'share', port: port1 }, [port1]);
    send(w, { type: 'adopt', port: port2 }, [port2]);
  }
  return chosen;
}

/** Drops a worker that failed (a replacement is started by the next question). */
export function discardWorker(w: PoolWorker): void {
  w.worker.terminate();
  workers = workers.filter((x) => x !== w);
}

/** A tab needs the workers: keep them, and start the first one now with the organisation. */
export function acquirePool(snapshot: Snapshot): void {
  users++;
  if (stopTimer !== null) clearTimeout(stopTimer);
  stopTimer = null;
  if (typeof Worker !== 'undefined') poolWorkers(snapshot, 1);
}

export function releasePool(): void {
  users = Math.max(0, users - 1);
  if (users > 0 || stopTimer !== null) return;
  stopTimer = setTimeout(() => {
    stopTimer = null;
    if (users > 0) return;
    for (const w of workers) w.worker.terminate();
    workers = [];
  }, IDLE_STOP_MS);
}

/** Posts a job; `listener` receives its messages until it ends (done or error). */
export function postJob(w: PoolWorker, message: Extract<MatrixWorkerRequest, { type: 'job' }>, listener: JobListener): void {
  w.jobs.set(message.id, listener);
  send(w, message);
}

/** Stops a job: its remaining messages are dropped, and the worker stops computing it. */
export function cancelJob(w: PoolWorker, id: number): void {
  if (!w.jobs.delete(id)) return;
  send(w, { type: 'cancel', id });
}
