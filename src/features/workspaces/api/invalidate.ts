/** After a workspace changed: refresh this feature's lists and details and the shell's switcher. */
import type { QueryClient } from '@tanstack/react-query';
import { SWITCHER_WORKSPACES_KEY, workspaceKeys } from './keys';

export async function invalidateWorkspaces(queryClient: QueryClient, who: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: workspaceKeys.lists(who) }),
    queryClient.invalidateQueries({ queryKey: ['workspaces', who, 'detail'] }),
    queryClient.invalidateQueries({ queryKey: workspaceKeys.orgSnapshot(who) }),
    queryClient.invalidateQueries({ queryKey: SWITCHER_WORKSPACES_KEY }),
  ]);
}
