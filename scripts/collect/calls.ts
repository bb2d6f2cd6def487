/**
 * The read-only API calls the collector makes, each with the IAM permission it needs (the README's
 * least-privilege policy lists exactly these). A call's answer is read with the console's own
 * contract schemas (src/api/contracts): an answer of another shape is reported as failed, never
 * guessed at.
 */
import type { z } from 'zod/mini';
import {
  agencyListSchema,
  enterpriseProjectListSchema,
  groupListSchema,
  projectListSchema,
  roleAssignmentListSchema,
  roleListSchema,
  userListSchema,
} from '@/api/contracts/iam';
import { authModeResponseSchema, authorizationListSchema, workspaceListSchema } from '@/api/contracts/modelarts';

export interface ListCall<S extends z.core.$ZodType, T> {
  name: string;
  service: 'iam' | 'eps' | 'modelarts';
  path: string;
  schema: S;
  items: (page: z.infer<S>) => { items: T[]; total?: number };
  /** The IAM action a denied answer names as missing; undefined = none is documented. */
  permission?: string;
  /** Paged with limit/offset (docs/api.md "Lists"); otherwise one request. */
  paged: boolean;
  query?: Record<string, string>;
}

const list = <S extends z.core.$ZodType, T>(call: ListCall<S, T>) => call;

export const CALLS = {
  projects: list({ name: 'IAM projects', service: 'iam', path: '/v3/projects', schema: projectListSchema, items: (p) => ({ items: p.projects }), permission: 'iam:projects:listProjects', paged: false }),
  users: list({ name: 'IAM users', service: 'iam', path: '/v3/users', schema: userListSchema, items: (p) => ({ items: p.users, total: p.total_count }), permission: 'iam:users:listUsers', paged: true }),
  groups: list({ name: 'IAM user groups', service: 'iam', path: '/v3/groups', schema: groupListSchema, items: (p) => ({ items: p.groups, total: p.total_count }), permission: 'iam:groups:listGroups', paged: true }),
  roles: list({ name: 'IAM policies (system and custom)', service: 'iam', path: '/v3.0/OS-ROLE/roles', schema: roleListSchema, items: (p) => ({ items: p.roles, total: p.total_count }), permission: 'iam:roles:listRoles', paged: true }),
  roleAssignments: list({ name: 'IAM role assignments', service: 'iam', path: '/v3.0/OS-PERMISSION/role-assignments', schema: roleAssignmentListSchema, items: (p) => ({ items: p.role_assignments, total: p.total_count }), permission: 'iam:permissions:listRoleAssignments', paged: true }),
  agencies: list({ name: 'IAM agencies', service: 'iam', path: '/v3.0/OS-AGENCY/agencies', schema: agencyListSchema, items: (p) => ({ items: p.agencies, total: p.total_count }), permission: 'iam:agencies:listAgencies', paged: true }),
  enterpriseProjects: list({ name: 'Enterprise projects', service: 'eps', path: '/v1.0/enterprise-projects', schema: enterpriseProjectListSchema, items: (p) => ({ items: p.enterprise_projects, total: p.total_count }), permission: 'eps:enterpriseProjects:list', paged: true }),
  groupMembers: (groupId: string) => list({ name: 'IAM group members', service: 'iam', path: `/v3/groups/${encodeURIComponent(groupId)}/users`, schema: userListSchema, items: (p) => ({ items: p.users, total: p.total_count }), permission: 'iam:users:listUsersForGroup', paged: true }),
  authorizations: (projectId: string) => list({ name: 'ModelArts authorizations', service: 'modelarts', path: `/v2/${encodeURIComponent(projectId)}/authorizations`, schema: authorizationListSchema, items: (p) => ({ items: p.auth, total: p.total_count }), permission: 'modelarts:authorization:list', paged: true }),
  workspaces: (projectId: string) => list({ name: 'ModelArts workspaces', service: 'modelarts', path: `/v1/${encodeURIComponent(projectId)}/workspaces`, schema: workspaceListSchema, items: (p) => ({ items: p.workspaces, total: p.total_count }), permission: 'modelarts:workspace:list', paged: true }),
  authMode: list({ name: 'ModelArts authorization mode', service: 'modelarts', path: '/v1/auth-mode', schema: authModeResponseSchema, items: (p) => ({ items: [p] }), paged: false }),
};

/** Every permission the collector may need: the README's least-privilege policy. */
export const REQUIRED_PERMISSIONS: readonly string[] = [
  ...new Set(
    [CALLS.projects, CALLS.users, CALLS.groups, CALLS.roles, CALLS.roleAssignments, CALLS.agencies, CALLS.enterpriseProjects, CALLS.groupMembers('g'), CALLS.authorizations('p'), CALLS.workspaces('p')]
      .map((c) => c.permission)
      .filter((p): p is string => p !== undefined),
  ),
];
