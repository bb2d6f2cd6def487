/**
 * One consequence preview: the organisation, the mutation and the target (region project,
 * workspace). Computed on the main thread for small organisations and in a Web Worker
 * (preview.worker.ts) for large ones, with the same function.
 */
import { applyMutation, previewConsequences, type AccessMutation, type ConsequencePreview, type Snapshot } from '@/iam';

export interface PreviewJob {
  snapshot: Snapshot;
  mutation: AccessMutation;
  projectId?: string;
  workspaceId?: string;
}

export type PreviewWorkerMessage = { type: 'done'; preview: ConsequencePreview } | { type: 'error'; message: string };

export function computePreview(job: PreviewJob): ConsequencePreview {
  return previewConsequences(job.snapshot, applyMutation(job.snapshot, job.mutation), { projectId: job.projectId, workspaceId: job.workspaceId });
}
