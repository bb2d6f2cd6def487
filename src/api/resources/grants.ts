/**
 * Grants of a policy (IAM role) to a user group or an agency in an IAM scope (docs/api.md): the
 * paths, the plan an Authorize dialog sends (one grant per policy and scope target) and the
 * sequential grant with progress. IAM's rule (docs/huawei-reference.md §4.7): global-service
 * policies cannot be scoped to region projects, and project-level policies do not apply to global
 * services — in both cases IAM grants them on All resources instead. Agencies have no
 * enterprise-project scope.
 */
import { z } from 'zod/mini';
import { request } from '../client';
import type { Role } from '../contracts/iam';
import { buildPath } from '../paths';

export type PrincipalType = 'group' | 'agency';

/** Where one grant applies: the IAM scopes. */
export type GrantTarget =
  | { kind: 'all' }
  | { kind: 'global' }
  | { kind: 'project'; projectId: string }
  | { kind: 'enterpriseProject'; epId: string };

export interface Grant {
  principal: { type: PrincipalType; id: string };
  roleId: string;
  target: GrantTarget;
}

export const SCOPE_CHOICES = ['all', 'global', 'projects', 'enterpriseProjects'] as const;
export type ScopeChoice = (typeof SCOPE_CHOICES)[number];
/** The scopes a principal can be granted in (IAM has no enterprise-project grants for agencies). */
export const scopeChoicesFor = (type: PrincipalType): readonly ScopeChoice[] =>
  type === 'agency' ? SCOPE_CHOICES.filter((c) => c !== 'enterpriseProjects') : SCOPE_CHOICES;

/** AX = global service policy; XA (and the rest) = project-level. */
export const isGlobalRole = (role: Pick<Role, 'type'>) => role.type === 'AX' || role.type === 'AA';

export function grantPath(domainId: string, { principal, roleId, target }: Grant): string {
  if (principal.type === 'agency') {
    const agencyId = principal.id;
    switch (target.kind) {
      case 'all':
        return buildPath('agencyGrantAll', { domainId, agencyId, roleId });
      case 'global':
        return buildPath('agencyGrantDomain', { domainId, agencyId, roleId });
      case 'project':
        return buildPath('agencyGrantProject', { projectId: target.projectId, agencyId, roleId });
      case 'enterpriseProject':
        throw new Error('Agencies cannot be granted policies in an enterprise project');
    }
  }
  const groupId = principal.id;
  switch (target.kind) {
    case 'all':
      return buildPath('grantAll', { domainId, groupId, roleId });
    case 'global':
      return buildPath('grantGlobal', { domainId, groupId, roleId });
    case 'project':
      return buildPath('grantProject', { projectId: target.projectId, groupId, roleId });
    case 'enterpriseProject':
      return buildPath('grantEnterpriseProject', { epId: target.epId, groupId, roleId });
  }
}

export async function grantRole(domainId: string, grant: Grant): Promise<void> {
  await request(grantPath(domainId, grant), z.unknown(), { method: 'PUT' });
}

export async function revokeRole(domainId: string, grant: Grant): Promise<void> {
  await request(grantPath(domainId, grant), z.unknown(), { method: 'DELETE' });
}

/**
 * Grants one by one and reports progress; a failure stops there and names the grants done, so a
 * retry sends only the rest (granting twice is a no-op anyway).
 */
export async function grantAll(domainId: string, grants: readonly Grant[], onProgress: (done: number) => void): Promise<void> {
  for (let i = 0; i < grants.length; i++) {
    await grantRole(domainId, grants[i]!);
    onProgress(i + 1);
  }
}

export interface GrantPlan {
  grants: Grant[];
  /** Policies IAM moves to All resources because the scope does not fit their kind. */
  forcedToAll: Role[];
}

/** One grant per principal, policy and scope target (one per region / enterprise project chosen). */
export function planGrants(
  principals: ReadonlyArray<Grant['principal']>,
  roles: readonly Role[],
  choice: ScopeChoice,
  ids: readonly string[],
): GrantPlan {
  const grants: Grant[] = [];
  const forcedToAll: Role[] = [];
  for (const role of roles) {
    const forced = (choice === 'projects' && isGlobalRole(role)) || (choice === 'global' && !isGlobalRole(role));
    if (forced) forcedToAll.push(role);
    const targets: GrantTarget[] = forced
      ? [{ kind: 'all' }]
      : choice === 'projects'
        ? ids.map((projectId) => ({ kind: 'project', projectId }))
        : choice === 'enterpriseProjects'
          ? ids.map((epId) => ({ kind: 'enterpriseProject', epId }))
          : [{ kind: choice }];
    for (const principal of principals) for (const target of targets) grants.push({ principal, roleId: role.id, target });
  }
  return { grants, forcedToAll };
}
