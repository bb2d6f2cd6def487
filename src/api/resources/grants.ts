/**
 * Grants (role assignments) of groups and agencies: GET /v3.0/OS-PERMISSION/role-assignments, the
 * four group grant paths and the two agency grant paths (docs/api.md "IAM"). The one owner of the
 * `grants` keys. A grant changes the role's `references` too, so roles are refreshed with it.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { request } from '../client';
import { agencyListSchema, groupListSchema, roleAssignmentListSchema, type Project, type RoleAssignment } from '../contracts/iam';
import { fetchAllPages } from '../fetch-all-pages';
import { buildPath } from '../paths';
import { useResourceMutation, type Resource } from './invalidation';
import { useApiScope, type Persona } from './persona';
import { getProjects } from './projects';

/** What a grant mutation changes. */
export const GRANT_CHANGES: readonly Resource[] = ['grants', 'roles'];

export const grantKeys = {
  all: (p: Persona) => ['grants', p] as const,
  assignments: (p: Persona, filter: AssignmentFilter) => ['grants', p, 'assignments', filter] as const,
  holders: (p: Persona) => ['grants', p, 'holders'] as const,
  agency: (p: Persona, agencyId: string) => ['grants', p, 'agency', agencyId] as const,
};

// --- role assignments -------------------------------------------------------------------------
export interface AssignmentFilter {
  groupId?: string;
  agencyId?: string;
}
export function getRoleAssignments(filter: AssignmentFilter, signal?: AbortSignal): Promise<RoleAssignment[]> {
  const query: Record<string, string> = {};
  if (filter.groupId) query.group_id = filter.groupId;
  if (filter.agencyId) query.agency_id = filter.agencyId;
  return fetchAllPages(buildPath('roleAssignments'), roleAssignmentListSchema, (p) => ({ items: p.role_assignments, total: p.total_count }), signal, query);
}
export function getRoleAssignmentsQueryOptions(p: Persona, filter: AssignmentFilter) {
  return queryOptions({ queryKey: grantKeys.assignments(p, filter), queryFn: ({ signal }) => getRoleAssignments(filter, signal) });
}
export function useRoleAssignments(filter: AssignmentFilter) {
  const s = useApiScope();
  return useQuery({ ...getRoleAssignmentsQueryOptions(s.persona, filter), enabled: s.ready });
}

/** Who holds each policy ("used by"): every assignment with the names of the groups and agencies it names. */
export interface PolicyHolderSources {
  assignments: RoleAssignment[];
  groupNames: Map<string, string>;
  agencyNames: Map<string, string>;
}
export async function getPolicyHolderSources(signal?: AbortSignal): Promise<PolicyHolderSources> {
  const [assignments, groups, agencies] = await Promise.all([
    getRoleAssignments({}, signal),
    fetchAllPages(buildPath('groups'), groupListSchema, (p) => ({ items: p.groups, total: p.total_count }), signal),
    fetchAllPages(buildPath('agencies'), agencyListSchema, (p) => ({ items: p.agencies, total: p.total_count }), signal),
  ]);
  return {
    assignments,
    groupNames: new Map(groups.map((g) => [g.id, g.name])),
    agencyNames: new Map(agencies.map((a) => [a.id, a.name])),
  };
}
export function getPolicyHoldersQueryOptions(p: Persona) {
  return queryOptions({ queryKey: grantKeys.holders(p), queryFn: ({ signal }) => getPolicyHolderSources(signal) });
}
export function usePolicyHolderSources() {
  const s = useApiScope();
  return useQuery({ ...getPolicyHoldersQueryOptions(s.persona), enabled: s.ready });
}

// --- group grants -----------------------------------------------------------------------------
/** Where one grant applies: the four IAM scopes. */
export type GrantTarget =
  | { kind: 'all' }
  | { kind: 'global' }
  | { kind: 'project'; projectId: string }
  | { kind: 'enterpriseProject'; epId: string };

export interface GroupGrant {
  groupId: string;
  roleId: string;
  target: GrantTarget;
}

export function groupGrantPath(domainId: string, { groupId, roleId, target }: GroupGrant): string {
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
export async function grantGroupRole(domainId: string, grant: GroupGrant): Promise<void> {
  await request(groupGrantPath(domainId, grant), z.unknown(), { method: 'PUT' });
}
export async function revokeGroupRole(domainId: string, grant: GroupGrant): Promise<void> {
  await request(groupGrantPath(domainId, grant), z.unknown(), { method: 'DELETE' });
}
export function useRevokeGroupRole() {
  const { domainId } = useApiScope();
  return useResourceMutation(GRANT_CHANGES, { mutationFn: (grant: GroupGrant) => revokeGroupRole(domainId ?? '', grant) });
}

// --- agency grants ----------------------------------------------------------------------------
/** Domain path = global services (and all resources for project-level policies); project path = that region project. */
export type AgencyGrantScope = { kind: 'domain' } | { kind: 'project'; projectId: string };

export async function grantAgencyRole(domainId: string, agencyId: string, roleId: string, scope: AgencyGrantScope): Promise<void> {
  const path =
    scope.kind === 'domain'
      ? buildPath('agencyGrantDomain', { domainId, agencyId, roleId })
      : buildPath('agencyGrantProject', { projectId: scope.projectId, agencyId, roleId });
  await request(path, z.unknown(), { method: 'PUT' });
}

const grantedRolesSchema = z.object({
  roles: z.array(
    z.looseObject({
      id: z.string(),
      display_name: z.optional(z.string()),
      name: z.optional(z.string()),
      type: z.optional(z.string()),
      description: z.optional(z.string()),
    }),
  ),
});

export interface AgencyGrant {
  roleId: string;
  /** What the grant endpoint said about the role (display name, type, description), if anything. */
  displayName?: string;
  roleType?: string;
  description?: string;
  /** `all` = All resources (OS-INHERIT path); `domain` = the domain path; `project` = one region project. */
  scope: { kind: 'all' } | { kind: 'domain' } | { kind: 'project'; project: Project };
}

/** An agency's permissions: the all-resources path, the domain path and each region project's path. */
export async function getAgencyGrants(domainId: string, agencyId: string, signal?: AbortSignal): Promise<AgencyGrant[]> {
  const projects = await getProjects(signal);
  const toGrant = (scope: AgencyGrant['scope']) => (r: z.infer<typeof grantedRolesSchema>['roles'][number]): AgencyGrant => ({
    roleId: r.id,
    displayName: r.display_name ?? r.name,
    roleType: r.type,
    description: r.description,
    scope,
  });
  const [all, domain, ...perProject] = await Promise.all([
    request(buildPath('agencyGrantsAll', { domainId, agencyId }), grantedRolesSchema, { signal }),
    request(buildPath('agencyGrantsDomain', { domainId, agencyId }), grantedRolesSchema, { signal }),
    ...projects.map((p) => request(buildPath('agencyGrantsProject', { projectId: p.id, agencyId }), grantedRolesSchema, { signal })),
  ]);
  return [
    ...all!.roles.map(toGrant({ kind: 'all' })),
    ...domain!.roles.map(toGrant({ kind: 'domain' })),
    ...perProject.flatMap((res, i) => res.roles.map(toGrant({ kind: 'project', project: projects[i]! }))),
  ];
}
export function getAgencyGrantsQueryOptions(p: Persona, domainId: string, agencyId: string) {
  return queryOptions({ queryKey: grantKeys.agency(p, agencyId), queryFn: ({ signal }) => getAgencyGrants(domainId, agencyId, signal) });
}
export function useAgencyGrants(agencyId: string | null | undefined) {
  const s = useApiScope();
  return useQuery({ ...getAgencyGrantsQueryOptions(s.persona, s.domainId ?? '', agencyId ?? ''), enabled: s.ready && !!s.domainId && !!agencyId });
}

// --- agency grants in the IAM scopes (the Agencies pages) --------------------------------------
/** One grant of a policy to an agency: All resources, Global services or one region project (no enterprise projects). */
export interface AgencyRoleGrant {
  roleId: string;
  target: Exclude<GrantTarget, { kind: 'enterpriseProject' }>;
}

export function agencyGrantPath(domainId: string, agencyId: string, { roleId, target }: AgencyRoleGrant): string {
  switch (target.kind) {
    case 'all':
      return buildPath('agencyGrantAll', { domainId, agencyId, roleId });
    case 'global':
      return buildPath('agencyGrantDomain', { domainId, agencyId, roleId });
    case 'project':
      return buildPath('agencyGrantProject', { projectId: target.projectId, agencyId, roleId });
  }
}
/** A planned grant (its `groupId` naming the agency) as an agency grant: agencies have no enterprise-project scope. */
export const toAgencyGrant = (g: GroupGrant): AgencyRoleGrant => ({ roleId: g.roleId, target: g.target.kind === 'enterpriseProject' ? { kind: 'all' } : g.target });

/**
 * Grants to user groups or to agencies one by one (Authorize, a policy's Attach to…), each grant's
 * `groupId` naming the group or agency; progress after each, a failure stops there.
 */
export async function grantPrincipalRoles(domainId: string, principalType: 'group' | 'agency', grants: readonly GroupGrant[], onProgress: (done: number) => void): Promise<void> {
  for (let i = 0; i < grants.length; i++) {
    const g = grants[i]!;
    if (principalType === 'group') await grantGroupRole(domainId, g);
    else await request(agencyGrantPath(domainId, g.groupId, toAgencyGrant(g)), z.unknown(), { method: 'PUT' });
    onProgress(i + 1);
  }
}
export function useGrantPrincipalRoles(principalType: 'group' | 'agency', onProgress: (done: number) => void) {
  const { domainId } = useApiScope();
  return useResourceMutation(GRANT_CHANGES, { mutationFn: (grants: readonly GroupGrant[]) => grantPrincipalRoles(domainId ?? '', principalType, grants, onProgress) });
}
export function useRevokeAgencyRole(agencyId: string) {
  const { domainId } = useApiScope();
  return useResourceMutation(GRANT_CHANGES, {
    mutationFn: async (grant: AgencyRoleGrant) => {
      await request(agencyGrantPath(domainId ?? '', agencyId, grant), z.unknown(), { method: 'DELETE' });
    },
  });
}
