/**
 * Web Worker of the consequence preview (large organisations), kept warm between previews
 * (preview-worker-client.ts): it receives the organisation once per version (`snapshot`, prepared
 * on arrival), then jobs that name only the mutation and the target, and answers each with what
 * the dialog shows. Jobs wait for the messages before them, so a `cancel` removes a job that has
 * not started; one that has started finishes and its answer is dropped by the page.
 *
 * A page may name the preview it expects next (`expect`: the mode switch on Global Configuration).
 * It is computed when nothing else waits, on the organisation the worker holds, and kept for that
 * organisation: the job that asks for it (same mutation and target, by previewKey) is answered with
 * it, once — exactly the answer it would have computed, sooner. A new organisation drops it.
 */
import { prepareSnapshot, type Snapshot } from '@/iam';
import { computePreview, previewKey, type PreviewJob, type PreviewSummary, type PreviewWorkerMessage } from './preview-job';

export type PreviewJobMeta = Omit<PreviewJob, 'snapshot'>;

export type PreviewWorkerRequest =
  | { type: 'snapshot'; snapshot: Snapshot }
  | { type: 'job'; id: number; job: PreviewJobMeta }
  | { type: 'expect'; job: PreviewJobMeta }
  | { type: 'cancel'; id: number };

const scope = self as unknown as { onmessage: ((e: MessageEvent<PreviewWorkerRequest>) => void) | null; postMessage: (m: PreviewWorkerMessage) => void };

let snapshot: Snapshot | null = null;
/** Jobs in arrival order, each with the organisation that was current when it arrived. */
const queue: Array<{ id: number; job: PreviewJob }> = [];
/** Expected previews not computed yet, for `snapshot`. */
let expected: PreviewJobMeta[] = [];
/** Expected previews computed on `snapshot`, by previewKey. */
const ready = new Map<string, PreviewSummary>();
let scheduled = false;

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(runNext, 0);
}

/** The preview of `job`: the expected one when it was computed on the same organisation (used once). */
function answer(job: PreviewJob): PreviewSummary {
  const key = previewKey(job);
  const found = job.snapshot === snapshot ? ready.get(key) : undefined;
  if (found !== undefined) {
    ready.delete(key);
    return found;
  }
  expected = expected.filter((meta) => previewKey(meta) !== key); // asked for before it was computed
  return computePreview(job);
}

function runNext(): void {
  scheduled = false;
  const next = queue.shift();
  if (next !== undefined) {
    try {
      scope.postMessage({ type: 'done', id: next.id, preview: answer(next.job) });
    } catch (err) {
      scope.postMessage({ type: 'error', id: next.id, message: err instanceof Error ? err.message : String(err) });
    }
  } else if (snapshot !== null) {
    // Nothing waits: compute one expected preview.
    const meta = expected.shift();
    if (meta !== undefined) {
      const job = { ...meta, snapshot };
      try {
        ready.set(previewKey(job), computePreview(job));
      } catch {
        // The job that asks for it computes it again and reports the error.
      }
    }
  }
  if (queue.length > 0 || expected.length > 0) schedule();
}

scope.onmessage = (e: MessageEvent<PreviewWorkerRequest>) => {
  const m = e.data;
  if (m.type === 'snapshot') {
    snapshot = m.snapshot;
    expected = [];
    ready.clear();
    prepareSnapshot(snapshot); // indexed now, not in the first preview
  } else if (m.type === 'expect') {
    if (snapshot === null) return;
    expected.push(m.job);
    schedule();
  } else if (m.type === 'cancel') {
    const at = queue.findIndex((q) => q.id === m.id);
    if (at >= 0) queue.splice(at, 1);
  } else if (snapshot === null) {
    scope.postMessage({ type: 'error', id: m.id, message: 'The preview worker has no organisation.' });
  } else {
    // After the messages already waiting (a cancel of this job, say).
    queue.push({ id: m.id, job: { ...m.job, snapshot } });
    schedule();
  }
};
