/**
 * The warm preview worker: the organisation is posted once per version however many previews
 * follow, a preview posts only its mutation and target, a cancelled preview's answer is dropped,
 * and a worker that fails is replaced by the next preview.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AccessMutation, Snapshot } from '@/iam';
import type { PreviewSummary, PreviewWorkerMessage } from './preview-job';
import { holdPreviewWorker, previewInWorker, warmPreviewWorker, WORKER_FROM_USERS } from './preview-worker-client';
import type { PreviewWorkerRequest } from './preview.worker';

class FakeWorker {
  static started: FakeWorker[] = [];
  posted: PreviewWorkerRequest[] = [];
  terminated = false;
  onmessage: ((e: { data: PreviewWorkerMessage }) => void) | null = null;
  onerror: ((e: { message: string }) => void) | null = null;
  constructor() {
    FakeWorker.started.push(this);
  }
  postMessage(m: PreviewWorkerRequest) {
    this.posted.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  answer(id: number) {
    this.onmessage?.({ data: { type: 'done', id, preview: { none: true } as PreviewSummary } });
  }
}

const org = (users: number): Snapshot => ({ users: Array.from({ length: users }, (_, i) => ({ id: `u${i}`, name: `u${i}` })) }) as unknown as Snapshot;
const mutation: AccessMutation = { kind: 'setMode', authMode: 'loose' };
const kinds = (w: FakeWorker) => w.posted.map((m) => m.type);

describe('the warm preview worker', () => {
  beforeEach(() => {
    FakeWorker.started = [];
    vi.useFakeTimers();
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => {
    vi.advanceTimersByTime(120_000); // every holder released: the worker stops
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('receives the organisation once per version, then only mutations', () => {
    const big = org(WORKER_FROM_USERS);
    const release = holdPreviewWorker();
    warmPreviewWorker(big);
    const answers: PreviewWorkerMessage[] = [];
    previewInWorker({ snapshot: big, mutation, projectId: 'p1' }, (m) => answers.push(m));
    previewInWorker({ snapshot: big, mutation, workspaceId: 'w1' }, (m) => answers.push(m));
    const [w] = FakeWorker.started;
    expect(FakeWorker.started).toHaveLength(1);
    expect(kinds(w!)).toEqual(['snapshot', 'job', 'job']);
    expect(w!.posted[1]).toEqual({ type: 'job', id: expect.any(Number), job: { mutation, projectId: 'p1', workspaceId: undefined } });
    const newer = org(WORKER_FROM_USERS + 1);
    previewInWorker({ snapshot: newer, mutation }, (m) => answers.push(m));
    expect(kinds(w!)).toEqual(['snapshot', 'job', 'job', 'snapshot', 'job']);
    expect((w!.posted[3] as { snapshot: Snapshot }).snapshot).toBe(newer);
    for (const m of w!.posted) if (m.type === 'job') w!.answer(m.id);
    expect(answers.map((a) => a.type)).toEqual(['done', 'done', 'done']);
    release();
    vi.advanceTimersByTime(120_000);
    expect(w!.terminated).toBe(true);
  });

  it('names each expected preview once per version of the organisation, after it', () => {
    const big = org(WORKER_FROM_USERS);
    const expected = [{ mutation, projectId: 'p1', workspaceId: '0' }];
    warmPreviewWorker(big, expected);
    warmPreviewWorker(big, [{ workspaceId: '0', projectId: 'p1', mutation: { authMode: 'loose', kind: 'setMode' } }]);
    const w = FakeWorker.started[0]!;
    expect(w.posted.map((m) => m.type)).toEqual(['snapshot', 'expect']);
    expect(w.posted[1]).toEqual({ type: 'expect', job: expected[0] });
    warmPreviewWorker(org(WORKER_FROM_USERS + 1), expected);
    expect(kinds(w)).toEqual(['snapshot', 'expect', 'snapshot', 'expect']);
    holdPreviewWorker()(); // released: the worker stops after the test
  });

  it('does not start for a small organisation', () => {
    warmPreviewWorker(org(WORKER_FROM_USERS - 1));
    expect(FakeWorker.started).toHaveLength(0);
  });

  it('drops the answer of a cancelled preview and tells the worker', () => {
    const done = vi.fn();
    const cancel = previewInWorker({ snapshot: org(WORKER_FROM_USERS), mutation }, done);
    cancel();
    const w = FakeWorker.started[0]!;
    const job = w.posted.find((m) => m.type === 'job')!;
    expect(w.posted.at(-1)).toEqual({ type: 'cancel', id: (job as { id: number }).id });
    w.answer((job as { id: number }).id);
    expect(done).not.toHaveBeenCalled();
  });

  it('fails the waiting previews of a worker that failed, and starts another for the next', () => {
    const big = org(WORKER_FROM_USERS);
    const done = vi.fn();
    previewInWorker({ snapshot: big, mutation }, done);
    const first = FakeWorker.started[0]!;
    first.onerror?.({ message: 'boom' });
    expect(done).toHaveBeenCalledWith(expect.objectContaining({ type: 'error', message: 'boom' }));
    expect(first.terminated).toBe(true);
    previewInWorker({ snapshot: big, mutation }, () => {});
    expect(FakeWorker.started).toHaveLength(2);
    expect(kinds(FakeWorker.started[1]!)).toEqual(['snapshot', 'job']); // the new worker gets the organisation again
  });

});
