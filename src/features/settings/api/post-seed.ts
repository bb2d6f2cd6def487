/** POST /__mock/seed {size: "large"} — 10,000 users, 1,000 groups, 5,000 authorizations. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { send } from '@/api/client';
import type { SeedSize } from '@/api/contracts/mock';
import { buildPath } from '@/api/paths';

export async function postSeed(size: SeedSize): Promise<void> {
  await send(buildPath('mockSeed'), { method: 'POST', body: { size } });
}

export function useLoadSeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: postSeed,
    onSuccess: async () => {
      // Everything changed: drop cached data (no stale rows on any page) and refetch what is shown.
      await queryClient.resetQueries();
    },
  });
}
