/**
 * Rendered (lazily) by a page whose changes are confirmed with a consequence preview: once the
 * page is idle, it reads the organisation and, for a large one, starts the preview worker with it
 * (preview-worker-client.ts), so the admin's first preview does not wait for the worker to load
 * the engine and receive the organisation. It holds the worker while the page is open; a new
 * version of the organisation (after a change) is sent once, when it has arrived.
 */
import { useEffect, useState } from 'react';
import { useOrgSnapshot } from '@/api/resources/org-snapshot';
import type { Snapshot } from '@/iam';
import { holdPreviewWorker, previewWorkerAvailable, warmPreviewWorker } from './preview-worker-client';

/** Runs `run` when the page is idle (at the latest after `timeout` ms); returns the cancel. */
function whenIdle(run: () => void, timeout = 2_000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, 200);
  return () => clearTimeout(timer);
}

export default function PreviewWarmup() {
  const [idle, setIdle] = useState(false);
  // Without Web Workers (tests' jsdom) every preview runs on the main thread: nothing to warm.
  useEffect(() => (previewWorkerAvailable() ? whenIdle(() => setIdle(true)) : undefined), []);
  useEffect(() => (idle ? holdPreviewWorker() : undefined), [idle]);
  const org = useOrgSnapshot<Snapshot>({ enabled: idle });
  const snapshot = org.isFetching ? undefined : org.data;
  useEffect(() => {
    if (snapshot !== undefined) warmPreviewWorker(snapshot);
  }, [snapshot]);
  return null;
}
