/** Web Worker of the consequence preview (large organisations): one job in, the preview out. */
import { computePreview, type PreviewJob, type PreviewWorkerMessage } from './preview-job';

const scope = self as unknown as { onmessage: ((e: MessageEvent<PreviewJob>) => void) | null; postMessage: (m: PreviewWorkerMessage) => void };

scope.onmessage = (e: MessageEvent<PreviewJob>) => {
  try {
    scope.postMessage({ type: 'done', preview: computePreview(e.data) });
  } catch (err) {
    scope.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
