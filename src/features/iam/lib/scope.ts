/**
 * Scopes of grants: what an administrator chooses in Authorize (`@/api/resources/grants`), and how
 * a role assignment reads in the lists.
 */
import type { RoleAssignment } from '@/api/contracts/iam';
import { assignmentScope } from '@/api/org-snapshot';
import type { GrantTarget } from '@/api/resources/grants';

export { isGlobalRole, planGrants, SCOPE_CHOICES, scopeChoicesFor, type GrantPlan, type ScopeChoice } from '@/api/resources/grants';

/** A role assignment as a grant target (to revoke it). */
export function assignmentTarget(scope: RoleAssignment['scope']): GrantTarget {
  const s = assignmentScope(scope);
  if (s.type === 'projects') return { kind: 'project', projectId: s.id };
  if (s.type === 'enterpriseProjects') return { kind: 'enterpriseProject', epId: s.id };
  return { kind: s.type };
}
