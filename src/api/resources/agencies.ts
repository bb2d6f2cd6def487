/**
 * IAM agencies, the one owner of their server state (docs/architecture.md "server state"): the
 * fetchers on the IAM v3.0 OS-AGENCY paths (docs/api.md), the query options, the key factory rooted
 * at ['agencies', persona], and invalidation. Also which ModelArts authorizations use each agency
 * (read from every region: authorizations are kept per region).
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { request } from '../client';
import {
  agencyListSchema,
  agencyResponseSchema,
  createAgencySchema,
  projectListSchema,
  updateAgencySchema,
  type Agency,
  type CreateAgencyBody,
  type Project,
  type UpdateAgencyBody,
} from '../contracts/iam';
import { fetchAllPages } from '../fetch-all-pages';
import { getRegionalAuthorizations } from '../org-input';
import type { RegionalAuthorization } from '../org-snapshot';
import { buildPath } from '../paths';

export const MODELARTS_TRUST_DOMAIN = 'op_svc_modelarts';

export const agencyKeys = {
  all: (who: string) => ['agencies', who] as const,
  list: (who: string) => ['agencies', who, 'list'] as const,
  detail: (who: string, id: string) => ['agencies', who, 'detail', id] as const,
  grants: (who: string, id: string) => ['agencies', who, 'grants', id] as const,
  usage: (who: string) => ['agencies', who, 'usage'] as const,
};

// ---------- agencies ----------
export function listAgencies(signal?: AbortSignal): Promise<Agency[]> {
  return fetchAllPages(buildPath('agencies'), agencyListSchema, (p) => ({ items: p.agencies, total: p.total_count }), signal);
}

export async function getAgency(id: string, signal?: AbortSignal): Promise<Agency> {
  return (await request(buildPath('agency', { agencyId: id }), agencyResponseSchema, { signal })).agency;
}

export async function createAgency(body: CreateAgencyBody): Promise<Agency> {
  return (await request(buildPath('agencies'), agencyResponseSchema, { method: 'POST', body: createAgencySchema.parse(body) })).agency;
}

export async function updateAgency(id: string, body: UpdateAgencyBody): Promise<Agency> {
  return (await request(buildPath('agency', { agencyId: id }), agencyResponseSchema, { method: 'PUT', body: updateAgencySchema.parse(body) })).agency;
}

export async function deleteAgency(id: string): Promise<void> {
  await request(buildPath('agency', { agencyId: id }), z.unknown(), { method: 'DELETE' });
}

export const agenciesQueryOptions = (who: string) => queryOptions({ queryKey: agencyKeys.list(who), queryFn: ({ signal }) => listAgencies(signal) });
export const agencyQueryOptions = (who: string, id: string) =>
  queryOptions({ queryKey: agencyKeys.detail(who, id), queryFn: ({ signal }) => getAgency(id, signal) });

// ---------- grants ----------
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

/** Where an agency holds a policy: All resources (OS-INHERIT), the domain path (global services), or one region project. */
export type AgencyGrantScope = { kind: 'all' } | { kind: 'domain' } | { kind: 'project'; project: Project };

export interface AgencyGrant {
  roleId: string;
  /** What the grant endpoint said about the role (display name, type, description), if anything. */
  displayName?: string;
  roleType?: string;
  description?: string;
  scope: AgencyGrantScope;
}

/** An agency's policies in every scope: the all-resources, domain and per-project grant lists. */
export async function getAgencyGrants(domainId: string, agencyId: string, signal?: AbortSignal): Promise<AgencyGrant[]> {
  const { projects } = await request(buildPath('projects'), projectListSchema, { signal });
  const toGrant = (scope: AgencyGrantScope) => (r: z.infer<typeof grantedRolesSchema>['roles'][number]): AgencyGrant => ({
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

export const agencyGrantsQueryOptions = (who: string, domainId: string, agencyId: string) =>
  queryOptions({ queryKey: agencyKeys.grants(who, agencyId), queryFn: ({ signal }) => getAgencyGrants(domainId, agencyId, signal) });

// ---------- usage by authorizations ----------
/** The authorizations (any region) that name each agency: by agency name (content) and, for grant rows, by agency id. */
export interface AgencyUsage {
  byName: Map<string, RegionalAuthorization[]>;
  byId: Map<string, RegionalAuthorization[]>;
  projects: Project[];
}

export async function getAgencyUsage(signal?: AbortSignal): Promise<AgencyUsage> {
  const { projects } = await request(buildPath('projects'), projectListSchema, { signal });
  const rows = await getRegionalAuthorizations(projects, signal);
  const byName = new Map<string, RegionalAuthorization[]>();
  const byId = new Map<string, RegionalAuthorization[]>();
  const add = (map: Map<string, RegionalAuthorization[]>, key: string, a: RegionalAuthorization) => map.set(key, [...(map.get(key) ?? []), a]);
  for (const a of rows) {
    if (a.type === 'agency') add(byName, a.content, a);
    if (a.user_type === 'grant') add(byId, a.user_id, a);
  }
  return { byName, byId, projects };
}

/** The authorizations that keep an agency from being deleted. */
export function usesOf(usage: AgencyUsage | undefined, agency: Pick<Agency, 'id' | 'name'>): RegionalAuthorization[] {
  if (!usage) return [];
  return [...(usage.byName.get(agency.name) ?? []), ...(usage.byId.get(agency.id) ?? [])];
}

export const agencyUsageQueryOptions = (who: string) => queryOptions({ queryKey: agencyKeys.usage(who), queryFn: ({ signal }) => getAgencyUsage(signal) });

// ---------- invalidation ----------
/** After any change to agencies, their grants or the authorizations that use them. */
export function invalidateAgencies(queryClient: QueryClient, who: string): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: agencyKeys.all(who) });
}

// ---------- removing the authorizations that use an agency ----------
/** The `user_id` a DELETE of this authorization names (docs/api.md: all-users, a federated user's name, else the id). */
export function authorizationUserId(a: Pick<RegionalAuthorization, 'user_type' | 'user_id' | 'user_name'>): string {
  if (a.user_type === 'all-users') return 'all-users';
  if (a.user_type === 'federate') return a.user_name ?? a.user_id;
  return a.user_id;
}

/** Deletes each authorization in its own region, one by one (the first failure stops). */
export async function deleteAuthorizations(rows: readonly RegionalAuthorization[]): Promise<void> {
  for (const a of rows) {
    await request(buildPath('authorizations', { projectId: a.projectId }), z.unknown(), { method: 'DELETE', query: { user_id: authorizationUserId(a) } });
  }
}
