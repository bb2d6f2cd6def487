/**
 * Rendered (lazily) by a page whose changes are confirmed with a consequence preview: once the
 * page is idle, it reads the organisation and, for a large one, starts the preview worker with it
 * (preview-worker-client.ts), so the admin's first preview does not wait for the worker to load
 * the engine and receive the organisation. `expect` names the previews the page expects (Global
 * Configuration: the switch to the other mode), computed ahead in the worker for the console's
 * current region and workspace. It holds the worker while the page is open; a new version of the
 * organisation (after a change) is sent once, when it has arrived.
 * Marks `preview-warmup-read` (reading starts) and `preview-warmup-sent` (the worker has it) for
 * scripts/bench/ui-preview.mjs.
 */
import { useEffect, useState } from 'react';
import { useOrgSnapshot } from '@/api/resources/org-snapshot';
import type { AccessMutation, Snapshot } from '@/iam';
import { useSession } from '../session/use-session';
import { useWorkspaceId } from '../session/use-workspace-id';
import { holdPreviewWorker, previewWorkerAvailable, warmPreviewWorker } from './preview-worker-client';

/**
 * Runs `run` when the page is idle (at the latest after `timeout` ms); returns the cancel. The
 * first idle moment comes while the page still waits for its own data (in bench:ui the read
 * starts before the page shows its mode), so the deadline rarely decides; a shorter one would
 * only force the read into a busy page (the cold start to visible rows).
 */
function whenIdle(run: () => void, timeout = 2_000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, 200);
  return () => clearTimeout(timer);
}

export interface PreviewWarmupProps {
  /** The mutations the page expects to preview next on this organisation. */
  expect?: (snapshot: Snapshot) => AccessMutation[];
}

export default function PreviewWarmup({ expect }: PreviewWarmupProps) {
  const { projectId } = useSession();
  const workspaceId = useWorkspaceId();
  const [idle, setIdle] = useState(false);
  // Without Web Workers (tests' jsdom) every preview runs on the main thread: nothing to warm.
  useEffect(() => (previewWorkerAvailable() ? whenIdle(() => setIdle(true)) : undefined), []);
  useEffect(() => {
    if (!idle) return undefined;
    performance.mark('preview-warmup-read');
    return holdPreviewWorker();
  }, [idle]);
  const org = useOrgSnapshot<Snapshot>({ enabled: idle });
  const snapshot = org.isFetching ? undefined : org.data;
  useEffect(() => {
    if (snapshot === undefined) return;
    warmPreviewWorker(snapshot, (expect?.(snapshot) ?? []).map((mutation) => ({ mutation, projectId, workspaceId })));
    performance.mark('preview-warmup-sent');
  }, [snapshot, expect, projectId, workspaceId]);
  return null;
}
