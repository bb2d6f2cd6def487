/**
 * Delete with a confirmation that names the consequence (resources are cleared) and the
 * permission it needs; progress and outcome as notifications; a failure (a 403 with the engine's
 * explanation, say) is kept so the page can show it in full with Retry.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '@/api/contracts/modelarts';
import { confirmAction, notifyError, notifySuccess } from '@/components';
import { useDeleteWorkspace } from '@/api/resources/workspaces';
import { DeleteMessage } from '../components/delete-message';

export function useDeleteWorkspaceFlow(onDeleted?: (w: Workspace) => void) {
  const { t } = useTranslation('workspaces');
  const mutation = useDeleteWorkspace();
  const [failure, setFailure] = useState<{ workspace: Workspace; error: unknown } | null>(null);

  const run = (w: Workspace) => {
    setFailure(null);
    mutation.mutate(w.id, {
      onSuccess: () => {
        notifySuccess(t('delete.started', { name: w.name }), t('delete.startedBody'));
        onDeleted?.(w);
      },
      onError: (error) => {
        setFailure({ workspace: w, error });
        notifyError(t('delete.failed', { name: w.name }), error);
      },
    });
  };

  const start = async (w: Workspace) => {
    const ok = await confirmAction({
      title: t('delete.title', { name: w.name }),
      message: DeleteMessage({ t }),
      confirmLabel: t('delete.confirm'),
      cancelLabel: t('action.cancel'),
      danger: true,
    });
    if (ok) run(w);
  };

  return {
    start,
    retry: () => failure && run(failure.workspace),
    dismiss: () => setFailure(null),
    failure,
    pendingId: mutation.isPending ? mutation.variables : undefined,
  };
}
