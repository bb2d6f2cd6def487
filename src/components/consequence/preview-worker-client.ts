/**
 * The consequence preview's Web Worker, kept warm and shared by every preview of the page: it is
 * started once (a page that can preview warms it on idle, preview-warmup.tsx), receives the
 * organisation once per snapshot version — a 10,000-user organisation is ~1.8 MB to copy — and
 * keeps it prepared, so a preview posts only its mutation and target. It stops a while after the
 * last page or preview holding it has gone. Types only from the engine: this module loads with
 * pages that must not bring the engine (the worker loads it).
 */
import type { Snapshot } from '@/iam';
import { previewKey, type PreviewJob, type PreviewWorkerMessage } from './preview-job';
import type { PreviewJobMeta, PreviewWorkerRequest } from './preview.worker';

/** Organisations from this many users are previewed in the worker (smaller ones on the main thread, after a paint). */
export const WORKER_FROM_USERS = 1_000;
const IDLE_STOP_MS = 60_000;

interface Warm {
  worker: Worker;
  /** The organisation the worker holds (the last one posted). */
  snapshot: Snapshot | null;
  /** The expected previews posted for it (previewKey). */
  expected: Set<string>;
  /** Job id → who waits for its answer. */
  jobs: Map<number, (m: PreviewWorkerMessage) => void>;
}

let warm: Warm | null = null;
let holders = 0;
let stopTimer: ReturnType<typeof setTimeout> | null = null;
let nextId = 1;

export const previewWorkerAvailable = () => typeof Worker !== 'undefined';

function start(): Warm {
  if (warm !== null) return warm;
  const w: Warm = { worker: new Worker(new URL('./preview.worker.ts', import.meta.url), { type: 'module' }), snapshot: null, expected: new Set(), jobs: new Map() };
  w.worker.onmessage = (e: MessageEvent<PreviewWorkerMessage>) => {
    const done = w.jobs.get(e.data.id);
    w.jobs.delete(e.data.id);
    done?.(e.data);
  };
  // A worker that failed (e.g. did not load) is dropped; the next preview starts another.
  w.worker.onerror = (e) => {
    stop(w);
    for (const [id, done] of w.jobs) done({ type: 'error', id, message: e.message || 'The preview worker failed to load.' });
  };
  return (warm = w);
}

function stop(w: Warm): void {
  w.worker.terminate();
  if (warm === w) warm = null;
}

function post(w: Warm, message: PreviewWorkerRequest): void {
  w.worker.postMessage(message);
}

/** The worker holds `snapshot` (posted if it holds another version). */
function hold(w: Warm, snapshot: Snapshot): void {
  if (w.snapshot === snapshot) return;
  w.snapshot = snapshot;
  w.expected.clear();
  post(w, { type: 'snapshot', snapshot });
}

/** Keeps the worker while the caller needs it; returns the release. */
export function holdPreviewWorker(): () => void {
  holders++;
  if (stopTimer !== null) clearTimeout(stopTimer);
  stopTimer = null;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holders--;
    if (holders > 0) return;
    stopTimer = setTimeout(() => {
      stopTimer = null;
      if (holders === 0 && warm !== null) stop(warm);
    }, IDLE_STOP_MS);
  };
}

/**
 * Starts the worker and gives it the organisation ahead of a preview (large organisations only),
 * and the previews the page expects (computed when the worker is otherwise idle; the preview that
 * asks for one of them on this organisation gets it at once).
 */
export function warmPreviewWorker(snapshot: Snapshot, expected: ReadonlyArray<Omit<PreviewJob, 'snapshot'>> = []): void {
  if (snapshot.users.length < WORKER_FROM_USERS || !previewWorkerAvailable()) return;
  const w = start();
  hold(w, snapshot);
  for (const job of expected) {
    const key = previewKey(job);
    if (w.expected.has(key)) continue;
    w.expected.add(key);
    post(w, { type: 'expect', job: { mutation: job.mutation, projectId: job.projectId, workspaceId: job.workspaceId } });
  }
}

/** Computes `job` in the warm worker; `done` receives the answer. Returns the cancel. */
export function previewInWorker(job: PreviewJob, done: (m: PreviewWorkerMessage) => void): () => void {
  const release = holdPreviewWorker();
  const w = start();
  hold(w, job.snapshot);
  const id = nextId++;
  const meta: PreviewJobMeta = { mutation: job.mutation, projectId: job.projectId, workspaceId: job.workspaceId };
  w.jobs.set(id, (m) => {
    release();
    done(m);
  });
  post(w, { type: 'job', id, job: meta });
  return () => {
    release();
    if (w.jobs.delete(id)) post(w, { type: 'cancel', id });
  };
}
