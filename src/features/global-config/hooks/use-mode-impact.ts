/**
 * Who gains or loses ModelArts access when the authorization mode changes: the engine's
 * modeImpact for `modelarts:notebook:list` in the default workspace and the current region.
 */
import { useMemo } from 'react';
import type { AuthModeValue } from '@/api/contracts/modelarts';
import { useSession } from '@/components/session/use-session';
import { modeImpact, type Snapshot } from '@/iam';
import { useOrgSnapshot } from '@/api/resources/org-snapshot';

export const IMPACT_ACTION = 'modelarts:notebook:list';
const DEFAULT_WORKSPACE = '0';

export function useModeImpact(change: { from: AuthModeValue; to: AuthModeValue } | null) {
  const { projectId } = useSession();
  const org = useOrgSnapshot<Snapshot>({ enabled: change !== null });
  const impact = useMemo(() => {
    if (!org.data || !change) return undefined;
    // Evaluate from the mode the page shows (the snapshot may be a moment older).
    return modeImpact({ ...org.data, authMode: change.from }, { action: IMPACT_ACTION, projectId, workspaceId: DEFAULT_WORKSPACE, to: change.to });
  }, [org.data, change, projectId]);
  return { impact, org };
}
