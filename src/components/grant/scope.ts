/**
 * Scopes of grants to user groups and agencies: what an administrator chooses in Authorize and
 * Attach to…, and how a role assignment reads in the lists. IAM's rule (docs/huawei-reference.md §4.7): global-service policies cannot be scoped to
 * region projects, and project-level policies do not apply to global services — in both cases IAM
 * grants them on All resources instead.
 */
import type { Role, RoleAssignment } from '@/api/contracts/iam';
import { assignmentScope } from '@/api/org-snapshot';
import { toAgencyGrant, type GrantTarget, type GroupGrant } from '@/api/resources/grants';
import type { AccessMutation, Scope } from '@/iam';

export const SCOPE_CHOICES = ['all', 'global', 'projects', 'enterpriseProjects'] as const;
export type ScopeChoice = (typeof SCOPE_CHOICES)[number];

/** AX = global service policy; XA (and the rest) = project-level. */
export const isGlobalRole = (role: Pick<Role, 'type'>) => role.type === 'AX' || role.type === 'AA';

export interface GrantPlan {
  grants: GroupGrant[];
  /** Policies IAM moves to All resources because the scope does not fit their kind. */
  forcedToAll: Role[];
}

/** One grant per policy and scope target (one per region / enterprise project chosen). */
export function planGrants(groupId: string, roles: readonly Role[], choice: ScopeChoice, ids: readonly string[]): GrantPlan {
  const grants: GroupGrant[] = [];
  const forcedToAll: Role[] = [];
  for (const role of roles) {
    const forced = (choice === 'projects' && isGlobalRole(role)) || (choice === 'global' && !isGlobalRole(role));
    if (forced) {
      forcedToAll.push(role);
      grants.push({ groupId, roleId: role.id, target: { kind: 'all' } });
      continue;
    }
    const targets: GrantTarget[] =
      choice === 'projects'
        ? ids.map((projectId) => ({ kind: 'project', projectId }))
        : choice === 'enterpriseProjects'
          ? ids.map((epId) => ({ kind: 'enterpriseProject', epId }))
          : [{ kind: choice }];
    for (const target of targets) grants.push({ groupId, roleId: role.id, target });
  }
  return { grants, forcedToAll };
}

/** A role assignment as a grant target (to revoke it). */
export function assignmentTarget(scope: RoleAssignment['scope']): GrantTarget {
  const s = assignmentScope(scope);
  if (s.type === 'projects') return { kind: 'project', projectId: s.id };
  if (s.type === 'enterpriseProjects') return { kind: 'enterpriseProject', epId: s.id };
  return { kind: s.type };
}

/** The scopes an agency can be granted in: IAM has no enterprise-project scope for agencies. */
export const AGENCY_SCOPES: readonly ScopeChoice[] = SCOPE_CHOICES.filter((c) => c !== 'enterpriseProjects');

/**
 * The grants of a plan as the engine's mutation (for the consequence preview): one attachment per
 * grant, to the group (or agency) each grant names.
 */
export function grantsMutation(grants: readonly GroupGrant[], principalType: 'group' | 'agency' = 'group'): AccessMutation {
  const scopeOf = (t: GrantTarget): Scope =>
    t.kind === 'project' ? { type: 'projects', ids: [t.projectId] } : t.kind === 'enterpriseProject' ? { type: 'enterpriseProjects', ids: [t.epId] } : { type: t.kind };
  return {
    kind: 'sequence',
    steps: grants.map((g) => ({
      kind: 'attach',
      principal: { type: principalType, id: g.groupId },
      policyId: g.roleId,
      scope: scopeOf(principalType === 'agency' ? toAgencyGrant(g).target : g.target),
    })),
  };
}
