/**
 * Web Worker of the consequence preview (large organisations), kept warm between previews
 * (preview-worker-client.ts): it receives the organisation once per version (`snapshot`, prepared
 * on arrival), then jobs that name only the mutation and the target, and answers each with what
 * the dialog shows. Jobs wait for the messages before them, so a `cancel` removes a job that has
 * not started; one that has started finishes and its answer is dropped by the page.
 */
import { prepareSnapshot, type Snapshot } from '@/iam';
import { computePreview, type PreviewJob, type PreviewWorkerMessage } from './preview-job';

export type PreviewJobMeta = Omit<PreviewJob, 'snapshot'>;

export type PreviewWorkerRequest = { type: 'snapshot'; snapshot: Snapshot } | { type: 'job'; id: number; job: PreviewJobMeta } | { type: 'cancel'; id: number };

const scope = self as unknown as { onmessage: ((e: MessageEvent<PreviewWorkerRequest>) => void) | null; postMessage: (m: PreviewWorkerMessage) => void };

let snapshot: Snapshot | null = null;
/** Jobs in arrival order, each with the organisation that was current when it arrived. */
const queue: Array<{ id: number; job: PreviewJob }> = [];

function runNext(): void {
  const next = queue.shift();
  if (next === undefined) return;
  try {
    scope.postMessage({ type: 'done', id: next.id, preview: computePreview(next.job) });
  } catch (err) {
    scope.postMessage({ type: 'error', id: next.id, message: err instanceof Error ? err.message : String(err) });
  }
  if (queue.length > 0) setTimeout(runNext, 0);
}

scope.onmessage = (e: MessageEvent<PreviewWorkerRequest>) => {
  const m = e.data;
  if (m.type === 'snapshot') {
    snapshot = m.snapshot;
    prepareSnapshot(snapshot); // indexed now, not in the first preview
  } else if (m.type === 'cancel') {
    const at = queue.findIndex((q) => q.id === m.id);
    if (at >= 0) queue.splice(at, 1);
  } else if (snapshot === null) {
    scope.postMessage({ type: 'error', id: m.id, message: 'The preview worker has no organisation.' });
  } else {
    // After the messages already waiting (a cancel of this job, say).
    if (queue.push({ id: m.id, job: { ...m.job, snapshot } }) === 1) setTimeout(runNext, 0);
  }
};
