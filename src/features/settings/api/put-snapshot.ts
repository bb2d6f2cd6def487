/** PUT /__mock/snapshot — replaces all demo data with a snapshot (validated server-side, all or nothing). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/api/client';
import { importResultSchema } from '@/api/contracts/mock';
import type { SnapshotDocument } from '@/api/contracts/snapshot';
import { buildPath } from '@/api/paths';
import { rememberAccountName } from '@/components/session/account';

export function putSnapshot(snapshot: SnapshotDocument) {
  return request(buildPath('mockSnapshot'), importResultSchema, { method: 'PUT', body: snapshot });
}

export function usePutSnapshot() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putSnapshot,
    onSuccess: async (_result, snapshot) => {
      // The next sign-in as "the account" uses the imported account's name.
      rememberAccountName(snapshot.domain.name);
      // Everything changed: drop cached data (no stale rows on any page) and refetch what is shown.
      await queryClient.resetQueries();
    },
  });
}
