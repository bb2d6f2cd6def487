/**
 * The preview worker's side: a job is computed on the organisation it holds (exactly
 * computePreview's answer), a cancel removes a job that has not started, a job that arrives
 * before any organisation is answered with an error, and a preview computed ahead (`expect`)
 * answers only a job on the same organisation, mutation and target.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { applyMutation, type AccessMutation } from '@/iam';
import { BASE_SNAPSHOT } from '@/iam/access/test-snapshot';
import { computePreview, type PreviewWorkerMessage } from './preview-job';
import type { PreviewWorkerRequest } from './preview.worker';

const scope = { onmessage: null as ((e: { data: PreviewWorkerRequest }) => void) | null, postMessage: vi.fn<(m: PreviewWorkerMessage) => void>() };
const send = (data: PreviewWorkerRequest) => scope.onmessage?.({ data });
const answered = () => new Promise((resolve) => setTimeout(resolve, 0));
const mutation: AccessMutation = { kind: 'setMode', authMode: BASE_SNAPSHOT.authMode === 'strict' ? 'loose' : 'strict' };

describe('preview.worker', () => {
  beforeAll(async () => {
    vi.stubGlobal('self', scope);
    await import('./preview.worker');
  });
  afterAll(() => {
    vi.unstubAllGlobals();
  });

  it('answers a job that arrives before the organisation with an error', () => {
    send({ type: 'job', id: 1, job: { mutation } });
    expect(scope.postMessage).toHaveBeenLastCalledWith({ type: 'error', id: 1, message: 'The preview worker has no organisation.' });
  });

  it('computes each job on the organisation it holds, skipping a cancelled one', async () => {
    scope.postMessage.mockClear();
    send({ type: 'snapshot', snapshot: BASE_SNAPSHOT });
    send({ type: 'job', id: 2, job: { mutation } });
    send({ type: 'job', id: 3, job: { mutation, workspaceId: 'none' } });
    send({ type: 'cancel', id: 2 });
    await answered();
    await answered();
    expect(scope.postMessage.mock.calls.map(([m]) => m.id)).toEqual([3]);
    expect(scope.postMessage).toHaveBeenCalledWith({ type: 'done', id: 3, preview: computePreview({ snapshot: BASE_SNAPSHOT, mutation, workspaceId: 'none' }) });
  });

  it('answers with a preview computed ahead only on the organisation, mutation and target it was computed for', async () => {
    const other = applyMutation(BASE_SNAPSHOT, { kind: 'deleteGroup', groupId: BASE_SNAPSHOT.groups[0]!.id });
    const expected = computePreview({ snapshot: BASE_SNAPSHOT, mutation });
    expect(computePreview({ snapshot: other, mutation })).not.toEqual(expected); // the two organisations preview differently
    send({ type: 'snapshot', snapshot: BASE_SNAPSHOT });
    send({ type: 'expect', job: { mutation } });
    await answered(); // computed while nothing waits
    scope.postMessage.mockClear();
    expect(computePreview({ snapshot: BASE_SNAPSHOT, mutation, workspaceId: 'none' })).not.toEqual(expected); // another target previews differently
    send({ type: 'job', id: 5, job: { mutation, workspaceId: 'none' } });
    send({ type: 'job', id: 4, job: { mutation } });
    await answered();
    await answered();
    expect(scope.postMessage).toHaveBeenCalledWith({ type: 'done', id: 4, preview: expected });
    expect(scope.postMessage).toHaveBeenCalledWith({ type: 'done', id: 5, preview: computePreview({ snapshot: BASE_SNAPSHOT, mutation, workspaceId: 'none' }) });
    // Computed ahead, then the organisation changes: the job is computed on the new one.
    send({ type: 'expect', job: { mutation } });
    await answered();
    send({ type: 'snapshot', snapshot: other });
    scope.postMessage.mockClear();
    send({ type: 'job', id: 6, job: { mutation } });
    await answered();
    expect(scope.postMessage).toHaveBeenCalledWith({ type: 'done', id: 6, preview: computePreview({ snapshot: other, mutation }) });
  });
});
