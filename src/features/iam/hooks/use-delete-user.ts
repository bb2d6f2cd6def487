/**
 * Delete a user (`@/api/resources/users`: the server also removes their authorizations in every
 * region and their workspace grants). Then, if agencies were used only by that user's
 * authorizations, offer to delete them too — otherwise they stay behind, used by nobody.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { deleteAgency, getAgenciesQueryOptions, getAgencyUsageQueryOptions, usesOf } from '@/api/resources/agencies';
import { invalidateResources, useResourceMutation } from '@/api/resources/invalidation';
import { useApiScope } from '@/api/resources/persona';
import { deleteUser } from '@/api/resources/users';
import { confirmAction, notifyError, notifySuccess } from '@/components';

export function useDeleteUserAndOfferAgencies() {
  const queryClient = useQueryClient();
  const { t } = useTranslation('iam');
  const { persona } = useApiScope();
  const mutation = useResourceMutation(['users', 'memberships', 'authorizations', 'workspaces'], {
    mutationFn: async (userId: string) => {
      // Agencies whose every authorization (in any region) is this user's: left unused by the delete.
      const [agencies, usage] = await Promise.all([
        queryClient.fetchQuery(getAgenciesQueryOptions(persona)),
        queryClient.fetchQuery({ ...getAgencyUsageQueryOptions(persona), staleTime: 0 }),
      ]);
      const orphans = agencies.filter((a) => {
        const uses = usesOf(usage, a);
        return uses.length > 0 && uses.every((u) => (u.user_type === 'iam' || u.user_type === 'federate') && u.user_id === userId);
      });
      await deleteUser(userId);
      return orphans;
    },
  });
  const offer = async (userName: string, orphans: ReadonlyArray<{ id: string; name: string }>) => {
    for (const agency of orphans) {
      const ok = await confirmAction({
        title: t('users.orphanAgencyTitle', { agency: agency.name }),
        message: t('users.orphanAgencyBody', { agency: agency.name, name: userName }),
        confirmLabel: t('users.orphanAgencyDelete'),
        cancelLabel: t('users.orphanAgencyKeep'),
        danger: true,
      });
      if (!ok) continue;
      try {
        await deleteAgency(agency.id);
        notifySuccess(t('agencies.deleted', { name: agency.name }));
      } catch (e) {
        notifyError(t('agencies.deleteFailed', { name: agency.name }), e);
      }
    }
    await invalidateResources(queryClient, ['agencies', 'grants', 'roles']);
  };
  return {
    isPending: mutation.isPending,
    variables: mutation.variables,
    /** Deletes the user, reports, then offers to delete the agencies only they used. */
    mutate(userId: string, callbacks: { onSuccess: () => void; onError: (error: Error) => void }, userName?: string) {
      mutation.mutate(userId, {
        onSuccess: (orphans) => {
          callbacks.onSuccess();
          if (orphans.length > 0) void offer(userName ?? userId, orphans);
        },
        onError: callbacks.onError,
      });
    },
  };
}
