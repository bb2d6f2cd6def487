/**
 * The consequence preview of a mutation on the whole organisation (current region project and
 * workspace): loads the organisation snapshot, then computes who gains and who loses — on the
 * main thread after a paint for small organisations (the seed: ≈ 15 ms), from WORKER_FROM_USERS
 * users in the warm preview worker (preview-worker-client.ts), so no main-thread task grows with
 * the organisation.
 */
import { useEffect, useState } from 'react';
import { useOrgSnapshot, useOrgSnapshotInvalidated } from '@/api/resources/org-snapshot';
import type { AccessMutation, Snapshot } from '@/iam';
import { useSession } from '../session/use-session';
import { useWorkspaceId } from '../session/use-workspace-id';
import { computePreview, type PreviewJob, type PreviewSummary, type PreviewWorkerMessage } from './preview-job';
import { previewInWorker, previewWorkerAvailable, WORKER_FROM_USERS } from './preview-worker-client';

export { WORKER_FROM_USERS };

export type PreviewState =
  | { status: 'loading' }
  | { status: 'done'; preview: PreviewSummary; where?: PreviewWhere }
  | { status: 'error'; error: unknown; retry: () => void };

/** Where the preview was worked out: the region project and workspace, by name (previews are per region). */
export interface PreviewWhere {
  region: string;
  workspace: string;
}

function whereOf(job: PreviewJob): PreviewWhere {
  const region = job.snapshot.projects?.find((p) => p.id === job.projectId)?.name ?? job.projectId ?? '';
  const workspace = job.snapshot.workspaces?.find((w) => w.id === job.workspaceId)?.name ?? job.workspaceId ?? '';
  return { region, workspace };
}

export interface PreviewOptions {
  /** The workspace to evaluate in (a change to one workspace, or the analyzer's chosen one); the console's current one by default. */
  workspaceId?: string | undefined;
  /** The region project to evaluate in (the analyzer's chosen one); the console's current one by default. */
  projectId?: string | undefined;
}

export function useConsequencePreview(mutation: AccessMutation | null, options: PreviewOptions = {}): PreviewState {
  const session = useSession();
  const projectId = options.projectId ?? session.projectId;
  const currentWorkspaceId = useWorkspaceId();
  const workspaceId = options.workspaceId ?? currentWorkspaceId;
  const org = useOrgSnapshot<Snapshot>({ enabled: mutation !== null });
  const invalidated = useOrgSnapshotInvalidated();
  // A snapshot being refetched because a change was just made is not previewed: the preview would
  // describe the organisation before that change. One re-read only because it is older than the
  // staleTime is previewed while it is read (the worker computes while the page reads), but the
  // preview is shown, and Confirm enabled, only once the re-read has returned the same
  // organisation (the same object: the query keeps it when nothing changed); else the preview is
  // computed again on the new one.
  const snapshot = org.isFetching && invalidated ? undefined : org.data;
  const [result, setResult] = useState<{ job: PreviewJob; state: PreviewState } | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (mutation === null || snapshot === undefined) return;
    const job: PreviewJob = { snapshot, mutation, projectId, workspaceId };
    const finish = (m: PreviewWorkerMessage) =>
      setResult({
        job,
        state: m.type === 'done' ? { status: 'done', preview: m.preview, where: whereOf(job) } : { status: 'error', error: new Error(m.message), retry: () => setAttempt((n) => n + 1) },
      });
    if (snapshot.users.length >= WORKER_FROM_USERS && previewWorkerAvailable()) return previewInWorker(job, finish);
    // After the dialog has painted its progress indicator.
    const timer = setTimeout(() => {
      try {
        finish({ type: 'done', id: 0, preview: computePreview(job) });
      } catch (err) {
        finish({ type: 'error', id: 0, message: err instanceof Error ? err.message : String(err) });
      }
    }, 0);
    return () => clearTimeout(timer);
  }, [mutation, snapshot, projectId, workspaceId, attempt]);

  if (org.isError) return { status: 'error', error: org.error, retry: () => void org.refetch() };
  const current =
    !org.isFetching && result !== null && result.job.mutation === mutation && result.job.snapshot === snapshot && result.job.projectId === projectId && result.job.workspaceId === workspaceId;
  return current ? result.state : { status: 'loading' };
}
