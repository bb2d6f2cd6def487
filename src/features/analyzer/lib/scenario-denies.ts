/** The Deny policies behind a scenario's missing user permissions: a fix cannot override them. */
import { evaluateAccess, type Snapshot } from '@/iam';

export interface DenyBlock {
  policy: string;
  actions: string[];
}

export function findDenies(snapshot: Snapshot, user: string, missing: readonly string[], target: { projectId: string; workspaceId: string }): DenyBlock[] {
  const byPolicy = new Map<string, string[]>();
  for (const action of missing) {
    const r = evaluateAccess(snapshot, { user, action, ...target });
    if (r.decision !== 'explicit_deny') continue;
    for (const s of r.statements) {
      const name = s.policyName ?? s.policyId ?? `#${s.policyIndex + 1}`;
      const list = byPolicy.get(name) ?? [];
      if (!list.includes(action)) list.push(action);
      byPolicy.set(name, list);
    }
  }
  return [...byPolicy].map(([policy, actions]) => ({ policy, actions }));
}
