/**
 * Web Worker of the access matrix and its reverse questions. It receives the organisation once
 * (`snapshot`, prepared on arrival) and then jobs that name only users and columns; it streams the
 * result as row chunks (typed arrays, transferred) and ends with the time it took. Between chunks it
 * yields, so a `cancel` stops a job and several jobs share the worker. The engine is pure, so it runs here.
 */
import { prepareSnapshot, type Snapshot } from '@/iam';
import { computeMatrixRows, createMatrixResult, type MatrixJob } from './matrix-compute';

export type MatrixJobMeta = Omit<MatrixJob, 'snapshot'>;

export type MatrixWorkerRequest =
  | { type: 'snapshot'; snapshot: Snapshot }
  /** Send the organisation this worker holds through `port` (to another worker: the copy is made here, not on the page's thread). */
  | { type: 'share'; port: MessagePort }
  /** The organisation arrives through `port` (from a worker that holds it). */
  | { type: 'adopt'; port: MessagePort }
  | { type: 'job'; id: number; job: MatrixJobMeta }
  | { type: 'cancel'; id: number };

export type MatrixWorkerMessage =
  | {
      type: 'rows';
      id: number;
      from: number;
      to: number;
      verdicts: Uint8Array;
      details: Uint8Array;
      missing: Uint16Array;
      /** Conditional cells of the chunk (index within the chunk) → their keys. */
      conditionalKeys: Map<number, readonly string[]>;
    }
  | { type: 'done'; id: number; workerMs: number }
  | { type: 'error'; id: number; message: string };

/** Cells per streamed chunk (rounded to whole rows): a few milliseconds of computing. */
const CHUNK_CELLS = 40_000;

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<MatrixWorkerRequest>) => void) | null;
  postMessage: (m: MatrixWorkerMessage, transfer?: Transferable[]) => void;
};

let snapshot: Snapshot | null = null;
/** Settles when the organisation being adopted from another worker has arrived (jobs wait for it). */
let arriving: Promise<void> = Promise.resolve();

function receive(next: Snapshot): void {
  snapshot = next;
  prepareSnapshot(next); // indexed now, not in the first job
}
/** Jobs cancelled while they run (their loop stops at its next chunk). */
const cancelled = new Set<number>();

// Yields to the message queue without the timer clamp of setTimeout.
const channel = new MessageChannel();
const waiting: Array<() => void> = [];
channel.port1.onmessage = () => waiting.shift()?.();
const yieldToMessages = () =>
  new Promise<void>((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });

async function run(id: number, meta: MatrixJobMeta): Promise<void> {
  await arriving;
  const start = performance.now();
  if (!snapshot) throw new Error('The matrix worker has no organisation yet.');
  const job: MatrixJob = { ...meta, snapshot };
  const rows = meta.users.length;
  const cols = meta.columns.length;
  const step = Math.max(1, Math.floor(CHUNK_CELLS / Math.max(1, cols)));
  for (let from = 0; from < rows; from += step) {
    const to = Math.min(rows, from + step);
    const out = createMatrixResult(meta.kind, to - from, cols);
    computeMatrixRows({ ...job, users: meta.users.slice(from, to) }, out, 0, to - from);
    scope.postMessage(
      { type: 'rows', id, from, to, verdicts: out.verdicts, details: out.details, missing: out.missing, conditionalKeys: out.conditionalKeys },
      [out.verdicts.buffer, out.details.buffer, out.missing.buffer],
    );
    if (to < rows) {
      await yieldToMessages();
      if (cancelled.delete(id)) return;
    }
  }
  cancelled.delete(id);
  scope.postMessage({ type: 'done', id, workerMs: performance.now() - start });
}

scope.onmessage = (e: MessageEvent<MatrixWorkerRequest>) => {
  const m = e.data;
  if (m.type === 'snapshot') {
    receive(m.snapshot);
    return;
  }
  if (m.type === 'share') {
    const port = m.port;
    void arriving.then(() => {
      port.postMessage(snapshot);
      port.close();
    });
    return;
  }
  if (m.type === 'adopt') {
    const port = m.port;
    arriving = new Promise((resolve) => {
      port.onmessage = (e: MessageEvent<Snapshot>) => {
        receive(e.data);
        port.close();
        resolve();
      };
    });
    return;
  }
  if (m.type === 'cancel') {
    cancelled.add(m.id);
    return;
  }
  run(m.id, m.job).catch((err: unknown) => scope.postMessage({ type: 'error', id: m.id, message: err instanceof Error ? err.message : String(err) }));
};
