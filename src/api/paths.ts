/**
 * The URL of every endpoint, shared by the client and the mock backend so they cannot drift.
 * Patterns use MSW's `:param` syntax; builders fill them in.
 */
export const API_BASE = '';

export const patterns = {
  // ModelArts
  authorizations: '/v2/:projectId/authorizations',
  modelArtsAgency: '/v2/:projectId/agency',
  authMode: '/v1/auth-mode',
  workspaces: '/v1/:projectId/workspaces',
  workspace: '/v1/:projectId/workspaces/:workspaceId',
  workspaceQuotas: '/v1/:projectId/workspaces/:workspaceId/quotas',
  // IAM
  tokens: '/v3/auth/tokens',
  authDomains: '/v3/auth/domains',
  users: '/v3/users',
  user: '/v3/users/:userId',
  userGroups: '/v3/users/:userId/groups',
  groups: '/v3/groups',
  group: '/v3/groups/:groupId',
  groupUser: '/v3/groups/:groupId/users/:userId',
  groupUsers: '/v3/groups/:groupId/users',
  roles: '/v3.0/OS-ROLE/roles',
  /** System permissions (KeystoneListPermissions; docs/api.md "Huawei's list conventions"). */
  systemRoles: '/v3/roles',
  role: '/v3.0/OS-ROLE/roles/:roleId',
  grantAll: '/v3/OS-INHERIT/domains/:domainId/groups/:groupId/roles/:roleId/inherited_to_projects',
  grantsAll: '/v3/OS-INHERIT/domains/:domainId/groups/:groupId/roles/inherited_to_projects',
  grantGlobal: '/v3/domains/:domainId/groups/:groupId/roles/:roleId',
  grantsGlobal: '/v3/domains/:domainId/groups/:groupId/roles',
  grantProject: '/v3/projects/:projectId/groups/:groupId/roles/:roleId',
  grantsProject: '/v3/projects/:projectId/groups/:groupId/roles',
  grantEnterpriseProject: '/v1.0/enterprise-projects/:epId/groups/:groupId/roles/:roleId',
  grantsEnterpriseProject: '/v1.0/enterprise-projects/:epId/groups/:groupId/roles',
  roleAssignments: '/v3.0/OS-PERMISSION/role-assignments',
  agencies: '/v3.0/OS-AGENCY/agencies',
  agency: '/v3.0/OS-AGENCY/agencies/:agencyId',
  agencyGrantDomain: '/v3.0/OS-AGENCY/domains/:domainId/agencies/:agencyId/roles/:roleId',
  agencyGrantsDomain: '/v3.0/OS-AGENCY/domains/:domainId/agencies/:agencyId/roles',
  agencyGrantAll: '/v3.0/OS-INHERIT/domains/:domainId/agencies/:agencyId/roles/:roleId/inherited_to_projects',
  agencyGrantsAll: '/v3.0/OS-INHERIT/domains/:domainId/agencies/:agencyId/roles/inherited_to_projects',
  agencyGrantProject: '/v3.0/OS-AGENCY/projects/:projectId/agencies/:agencyId/roles/:roleId',
  agencyGrantsProject: '/v3.0/OS-AGENCY/projects/:projectId/agencies/:agencyId/roles',
  projects: '/v3/projects',
  enterpriseProjects: '/v1.0/enterprise-projects',
  // Console-only
  mockSnapshot: '/__mock/snapshot',
  mockReset: '/__mock/reset',
  mockFaults: '/__mock/faults',
  mockSeed: '/__mock/seed',
  mockCollection: '/__mock/collection',
} as const;
export type PatternName = keyof typeof patterns;

/** Fills `:param` placeholders: `buildPath('workspace', {projectId, workspaceId})`. */
export function buildPath(name: PatternName, params: Record<string, string> = {}): string {
  return patterns[name].replace(/:([A-Za-z]+)/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) throw new Error(`Missing path parameter ${key} for ${name}`);
    return encodeURIComponent(value);
  });
}

/** Whether a path belongs to the IAM family (IAM error shape) rather than ModelArts. */
export function isIamPath(pathname: string): boolean {
  return /^\/(v3|v3\.0|v1\.0)\//.test(pathname);
}
