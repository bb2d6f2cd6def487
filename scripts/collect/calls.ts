/**
 * The read-only API calls the collector makes, each with the IAM permission it needs (the README's
 * least-privilege policy lists exactly these) and the way its list pages. IAM lists are read in
 * real IAM's conventions (docs/api.md "Huawei's list conventions"; the official SDK's models are
 * named in src/api/contracts/iam-huawei.ts); EPS and ModelArts lists page with `limit`/`offset` and
 * `total_count` (`ListEnterpriseProjectRequest`; ModelArts `GetAuthorizationsRequest`,
 * `ListWorkspaceRequest`). An answer of another shape is reported as failed, never guessed at.
 */
import type { z } from 'zod/mini';
import { enterpriseProjectListSchema, projectListSchema } from '@/api/contracts/iam';
import {
  HUAWEI_PER_PAGE,
  huaweiAgencyListSchema,
  huaweiCustomRoleListSchema,
  huaweiGroupListSchema,
  huaweiRoleAssignmentListSchema,
  huaweiSystemRoleListSchema,
  huaweiUserListSchema,
} from '@/api/contracts/iam-huawei';
import { authModeResponseSchema, authorizationListSchema, workspaceListSchema } from '@/api/contracts/modelarts';
import { assignmentKey } from './adapters';

/**
 * How a list pages: `none` = one request answers every item (IAM users, groups, members: their SDK
 * request models take no paging parameter); `offset` = `limit`/`offset`; `page` = `page` (from 1)
 * and `per_page` up to the API's maximum.
 */
export type Paging = { kind: 'none' } | { kind: 'offset' } | { kind: 'page'; perPage: number };

export interface ListCall<S extends z.core.$ZodType, T> {
  name: string;
  service: 'iam' | 'eps' | 'modelarts';
  path: string;
  schema: S;
  /** A page's items and, when the API says it, the list's total. */
  items: (page: z.infer<S>) => { items: T[]; total?: number };
  /** An item's identity: an item two pages both answer is kept once. */
  key: (item: T) => string;
  /** The IAM action a denied answer names as missing; undefined = none is documented. */
  permission?: string;
  paging: Paging;
  query?: Record<string, string>;
}

const list = <S extends z.core.$ZodType, T>(call: ListCall<S, T>) => call;
const byId = (x: { id: string }) => x.id;
const NONE: Paging = { kind: 'none' };
const OFFSET: Paging = { kind: 'offset' };

export const CALLS = {
  projects: list({ name: 'IAM projects', service: 'iam', path: '/v3/projects', schema: projectListSchema, items: (p) => ({ items: p.projects }), key: byId, permission: 'iam:projects:listProjects', paging: NONE }),
  users: list({ name: 'IAM users', service: 'iam', path: '/v3/users', schema: huaweiUserListSchema, items: (p) => ({ items: p.users }), key: byId, permission: 'iam:users:listUsers', paging: NONE }),
  groups: list({ name: 'IAM user groups', service: 'iam', path: '/v3/groups', schema: huaweiGroupListSchema, items: (p) => ({ items: p.groups }), key: byId, permission: 'iam:groups:listGroups', paging: NONE }),
  systemRoles: list({ name: 'IAM system policies', service: 'iam', path: '/v3/roles', schema: huaweiSystemRoleListSchema, items: (p) => ({ items: p.roles, total: p.total_number }), key: byId, permission: 'iam:roles:listRoles', paging: { kind: 'page', perPage: HUAWEI_PER_PAGE.systemRoles } }),
  customRoles: list({ name: 'IAM custom policies', service: 'iam', path: '/v3.0/OS-ROLE/roles', schema: huaweiCustomRoleListSchema, items: (p) => ({ items: p.roles, total: p.total_number }), key: byId, permission: 'iam:roles:listRoles', paging: { kind: 'page', perPage: HUAWEI_PER_PAGE.customRoles } }),
  roleAssignments: (domainId: string) =>
    list({ name: 'IAM role assignments', service: 'iam', path: '/v3.0/OS-PERMISSION/role-assignments', schema: huaweiRoleAssignmentListSchema, items: (p) => ({ items: p.role_assignments, total: p.total_num }), key: assignmentKey, permission: 'iam:permissions:listRoleAssignments', paging: { kind: 'page', perPage: HUAWEI_PER_PAGE.roleAssignments }, query: { domain_id: domainId } }),
  agencies: (domainId: string) =>
    list({ name: 'IAM agencies', service: 'iam', path: '/v3.0/OS-AGENCY/agencies', schema: huaweiAgencyListSchema, items: (p) => ({ items: p.agencies }), key: byId, permission: 'iam:agencies:listAgencies', paging: { kind: 'page', perPage: HUAWEI_PER_PAGE.agencies }, query: { domain_id: domainId } }),
  enterpriseProjects: list({ name: 'Enterprise projects', service: 'eps', path: '/v1.0/enterprise-projects', schema: enterpriseProjectListSchema, items: (p) => ({ items: p.enterprise_projects, total: p.total_count }), key: byId, permission: 'eps:enterpriseProjects:list', paging: OFFSET }),
  groupMembers: (groupId: string) => list({ name: 'IAM group members', service: 'iam', path: `/v3/groups/${encodeURIComponent(groupId)}/users`, schema: huaweiUserListSchema, items: (p) => ({ items: p.users }), key: byId, permission: 'iam:users:listUsersForGroup', paging: NONE }),
  authorizations: (projectId: string) =>
    list({ name: 'ModelArts authorizations', service: 'modelarts', path: `/v2/${encodeURIComponent(projectId)}/authorizations`, schema: authorizationListSchema, items: (p) => ({ items: p.auth, total: p.total_count }), key: (a) => `${a.user_type}\u0000${a.user_id}`, permission: 'modelarts:authorization:list', paging: OFFSET }),
  workspaces: (projectId: string) => list({ name: 'ModelArts workspaces', service: 'modelarts', path: `/v1/${encodeURIComponent(projectId)}/workspaces`, schema: workspaceListSchema, items: (p) => ({ items: p.workspaces, total: p.total_count }), key: byId, permission: 'modelarts:workspace:list', paging: OFFSET }),
  authMode: list({ name: 'ModelArts authorization mode', service: 'modelarts', path: '/v1/auth-mode', schema: authModeResponseSchema, items: (p) => ({ items: [p] }), key: () => 'mode', paging: NONE }),
};

/** Every list call, with placeholder ids where a call takes one. */
export const ALL_CALLS = [CALLS.projects, CALLS.users, CALLS.groups, CALLS.systemRoles, CALLS.customRoles, CALLS.roleAssignments('d'), CALLS.agencies('d'), CALLS.enterpriseProjects, CALLS.groupMembers('g'), CALLS.authorizations('p'), CALLS.workspaces('p'), CALLS.authMode];

/**
 * The collector's other calls, which need no permission of the policy:
 * - `GET /v3/auth/domains` (KeystoneListAuthDomains): the account of the caller's own credential;
 * - `GET /v3.0/OS-CREDENTIAL/credentials/{access_key}` (ShowPermanentAccessKey) for the collector's
 *   own key: IAM's API reference says IAM users need no authorization to query their own access keys.
 */
export const UNPERMISSIONED_CALLS: ReadonlyArray<{ path: RegExp; why: string }> = [
  { path: /^\/v3\/auth\/domains$/, why: 'the account of the caller’s own credential' },
  { path: /^\/v3\.0\/OS-CREDENTIAL\/credentials\/[^/]+$/, why: 'the caller’s own access key (ShowPermanentAccessKey needs no authorization for one’s own keys)' },
];

/** Every permission the collector may need: the README's least-privilege policy. */
export const REQUIRED_PERMISSIONS: readonly string[] = [...new Set(ALL_CALLS.map((c) => c.permission).filter((p): p is string => p !== undefined))];
