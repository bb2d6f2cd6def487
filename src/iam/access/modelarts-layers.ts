/**
 * Which ModelArts actions the workspace (layer 4) and agency (layer 5) checks apply to
 * (docs/policy-semantics.md §3), and whether a workspace admits a user.
 */
import type { SnapshotUser, SnapshotWorkspace } from '../model';

const MODELARTS = 'modelarts:';
const WORKSPACE_EXEMPT = new Set(['modelarts:workspace:create', 'modelarts:workspace:list']);
const AUTHORIZATION_PREFIX = 'modelarts:authorization:';
const WORKSPACE_PREFIX = 'modelarts:workspace:';

/** `actionLower` must be lower-cased. */
export function isModelArtsAction(actionLower: string): boolean {
  return actionLower.startsWith(MODELARTS);
}

export function workspaceLayerApplies(actionLower: string, workspaceEnabled: boolean): boolean {
  return (
    workspaceEnabled &&
    isModelArtsAction(actionLower) &&
    !WORKSPACE_EXEMPT.has(actionLower) &&
    !actionLower.startsWith(AUTHORIZATION_PREFIX)
  );
}

export function agencyLayerApplies(actionLower: string): boolean {
  return (
    isModelArtsAction(actionLower) &&
    !actionLower.startsWith(WORKSPACE_PREFIX) &&
    !actionLower.startsWith(AUTHORIZATION_PREFIX)
  );
}

/** PUBLIC: everyone; PRIVATE: owner and root; INTERNAL: owner, root and grants. */
export function admitsUser(workspace: SnapshotWorkspace | undefined, user: SnapshotUser): boolean {
  if (workspace === undefined) return false;
  if (workspace.authType === 'PUBLIC') return true;
  if (user.root === true || workspace.owner === user.id) return true;
  if (workspace.authType === 'INTERNAL') return (workspace.grants ?? []).some((g) => g.userId === user.id);
  return false;
}
