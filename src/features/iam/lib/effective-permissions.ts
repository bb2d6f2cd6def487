/**
 * A user's effective permissions read from the engine's snapshot: every policy their groups hold,
 * with the group and the scope it came from, and the engine's verdict for common actions.
 */
import { evaluateAccess, type AccessResult, type Scope, type Snapshot } from '@/iam';

export interface EffectivePolicy {
  key: string;
  policyId: string;
  policyName: string;
  policyType: 'system' | 'custom';
  groupId: string;
  groupName: string;
  scope: Scope;
}

export function effectivePolicies(snapshot: Snapshot, userId: string): EffectivePolicy[] {
  const user = snapshot.users.find((u) => u.id === userId);
  if (!user) return [];
  const groups = new Map(snapshot.groups.map((g) => [g.id, g.name]));
  const policies = new Map(snapshot.policies.map((p) => [p.id, p]));
  const rows: EffectivePolicy[] = [];
  snapshot.attachments.forEach((a, i) => {
    if (a.principal.type !== 'group' || !user.groups.includes(a.principal.id)) return;
    const policy = policies.get(a.policyId);
    rows.push({
      key: `${i}`,
      policyId: a.policyId,
      policyName: policy?.name ?? a.policyId,
      policyType: policy?.type ?? 'custom',
      groupId: a.principal.id,
      groupName: groups.get(a.principal.id) ?? a.principal.id,
      scope: a.scope,
    });
  });
  return rows.sort((x, y) => x.policyName.localeCompare(y.policyName) || x.groupName.localeCompare(y.groupName));
}

/** The actions the Permissions tab checks (issue 5). */
export const COMMON_ACTIONS = ['modelarts:notebook:create', 'modelarts:trainJob:create', 'modelarts:workspace:list', 'obs:object:GetObject'] as const;

export interface ActionVerdict {
  action: string;
  result: AccessResult;
}

export function commonVerdicts(snapshot: Snapshot, userId: string, target: { projectId: string; workspaceId: string }): ActionVerdict[] {
  return COMMON_ACTIONS.map((action) => ({ action, result: evaluateAccess(snapshot, { user: userId, action, ...target }) }));
}
