/**
 * DELETE /v3/users/{id} — also removes the user's authorizations (every region) and workspace
 * grants (server cascade). Then, if agencies were used only by that user's authorizations, it
 * offers to delete them too (they would be left behind, used by nobody).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod/mini';
import { request } from '@/api/client';
import { agenciesQueryOptions, agencyUsageQueryOptions, deleteAgency, invalidateAgencies, usesOf } from '@/api/resources/agencies';
import { buildPath } from '@/api/paths';
import { confirmAction, notifyError, notifySuccess } from '@/components';
import { useSession } from '@/components/session/use-session';
import { iamKeys, personaKey } from './keys';

export async function deleteUser(userId: string): Promise<void> {
  await request(buildPath('user', { userId }), z.unknown(), { method: 'DELETE' });
}

export function useDeleteUser() {
  const queryClient = useQueryClient();
  const { t } = useTranslation('iam');
  const who = personaKey(useSession());
  const mutation = useMutation({
    mutationFn: async (userId: string) => {
      // Agencies whose every authorization (in any region) is this user's: left unused by the delete.
      const [agencies, usage] = await Promise.all([queryClient.fetchQuery(agenciesQueryOptions(who)), queryClient.fetchQuery({ ...agencyUsageQueryOptions(who), staleTime: 0 })]);
      const orphans = agencies.filter((a) => {
        const uses = usesOf(usage, a);
        return uses.length > 0 && uses.every((u) => (u.user_type === 'iam' || u.user_type === 'federate') && u.user_id === userId);
      });
      await deleteUser(userId);
      return orphans;
    },
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: iamKeys.persona(who) }), invalidateAgencies(queryClient, who)]),
  });
  const offerAgencyCleanup = async (userName: string, orphans: ReadonlyArray<{ id: string; name: string }>) => {
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
    await invalidateAgencies(queryClient, who);
  };
  return {
    isPending: mutation.isPending,
    variables: mutation.variables,
    /** Deletes the user, reports, then offers to delete the agencies only they used. */
    mutate(userId: string, callbacks: { onSuccess: () => void; onError: (error: Error) => void }, userName?: string) {
      mutation.mutate(userId, {
        onSuccess: (orphans) => {
          callbacks.onSuccess();
          if (orphans.length > 0) void offerAgencyCleanup(userName ?? userId, orphans);
        },
        onError: callbacks.onError,
      });
    },
  };
}
