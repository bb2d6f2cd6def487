/**
 * Whether an edit changes who can use the workspace (its authorization type, or its authorized
 * users while Internal), as the engine's mutation for a consequence preview; null when the edit
 * changes only the name or description.
 */
import type { AccessMutation } from '@/iam';
import type { WorkspaceFormValues } from './workspace-form';

/** The users the service keeps: only an Internal workspace has authorized users (toUpdateBody). */
const grantedIds = (v: WorkspaceFormValues): string[] => (v.authType === 'INTERNAL' ? [...new Set(v.grants.map((g) => g.id))].sort() : []);

export function accessChangeOf(workspaceId: string, before: WorkspaceFormValues, after: WorkspaceFormValues): AccessMutation | null {
  const grants = grantedIds(after);
  const sameGrants = grants.join('\n') === grantedIds(before).join('\n');
  if (before.authType === after.authType && sameGrants) return null;
  return { kind: 'updateWorkspace', workspaceId, authType: after.authType, grants: grants.map((userId) => ({ userId })) };
}
