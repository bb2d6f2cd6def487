/** POST /__mock/reset — back to the seed organisation. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { send } from '@/api/client';
import { buildPath } from '@/api/paths';
import { rememberAccountName, SEED_ACCOUNT_NAME } from '@/components/session/account';

export async function postReset(): Promise<void> {
  await send(buildPath('mockReset'), { method: 'POST' });
}

export function useResetDemoData() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: postReset,
    onSuccess: async () => {
      rememberAccountName(SEED_ACCOUNT_NAME);
      // Everything changed: drop cached data (no stale rows on any page) and refetch what is shown.
      await queryClient.resetQueries();
    },
  });
}
