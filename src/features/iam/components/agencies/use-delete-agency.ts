/**
 * Delete an agency: a plain confirmation when no authorization uses it (no one's access changes);
 * otherwise the refusal's reason (which authorizations, in which regions), who loses access
 * (the consequence preview) and an offer to remove those authorizations first, then delete the
 * agency.
 */
import { useTranslation } from 'react-i18next';
import type { Agency, Project } from '@/api/contracts/iam';
import type { RegionalAuthorization } from '@/api/org-snapshot';
import { useDeleteAgency } from '@/api/resources/agencies';
import { engineUserId } from '@/api/contracts/modelarts';
import { confirmAction, confirmConsequences, notifyError, notifySuccess } from '@/components';
import { deletionAsCode } from '@/iam';
import { usedByLabels } from './agency-labels';

export function useDeleteAgencyFlow(onDeleted?: () => void) {
  const { t } = useTranslation('iam');
  const del = useDeleteAgency();
  const run = async (agency: Pick<Agency, 'id' | 'name'>, uses: readonly RegionalAuthorization[], projects: readonly Project[]) => {
    const ok =
      uses.length === 0
        ? await confirmAction({ title: t('agencies.deleteTitle', { name: agency.name }), message: t('agencies.deleteBody', { name: agency.name }), confirmLabel: t('action.delete'), danger: true })
        : // Removing the authorizations that use it changes who can use ModelArts: the shared preview first (Confirm waits for it).
          await confirmConsequences({
            title: t('agencies.inUseTitle', { name: agency.name }),
            message: t('agencies.inUseBody', { name: agency.name, count: uses.length, list: usedByLabels(uses, projects, t).join(', ') }),
            confirmLabel: t('agencies.removeAndDelete'),
            danger: true,
            mutation: { kind: 'sequence', steps: uses.map((u) => ({ kind: 'deleteAuthorization', userId: engineUserId(u), projectId: u.projectId })) },
            exportAs: (format) =>
              deletionAsCode(
                {
                  title: t('agencies.inUseTitle', { name: agency.name }),
                  kind: 'agency',
                  id: agency.id,
                  name: agency.name,
                  authorizations: uses.map((u) => ({ region: { projectId: u.projectId, name: projects.find((p) => p.id === u.projectId)?.name ?? u.projectId }, userType: u.user_type, userId: u.user_id, userName: u.user_name })),
                },
                format,
              ),
          });
    if (!ok) return;
    del.mutate(
      { id: agency.id, removeAuthorizations: uses },
      {
        onSuccess: () => {
          notifySuccess(t('agencies.deleted', { name: agency.name }));
          onDeleted?.();
        },
        onError: (e) => notifyError(t('agencies.deleteFailed', { name: agency.name }), e),
      },
    );
  };
  return { run, pendingId: del.isPending ? del.variables?.id : undefined };
}
