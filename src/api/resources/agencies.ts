/**
 * IAM agencies — GET/POST /v3.0/OS-AGENCY/agencies, GET/PUT/DELETE …/agencies/{id}: the one owner
 * of the `agencies` keys. Their grants are in grants.ts. Also which ModelArts authorizations use
 * each agency, read from every region (authorizations are kept per region), keyed under
 * `authorizations` so that any authorization change refreshes it.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { request } from '../client';
import {
  agencyListSchema,
  agencyResponseSchema,
  createAgencySchema,
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
import { useResourceMutation, type Resource } from './invalidation';
import { useApiScope, type Persona } from './persona';
import { getProjects } from './projects';

export const agencyKeys = {
  all: (p: Persona) => ['agencies', p] as const,
  list: (p: Persona) => ['agencies', p, 'list'] as const,
  detail: (p: Persona, id: string) => ['agencies', p, 'detail', id] as const,
  /** Derived from the authorizations of every region: rooted there. */
  usage: (p: Persona) => ['authorizations', p, 'agency-usage'] as const,
};

/** Every agency of the account (IAM allows at most a few hundred). */
export function getAgencies(signal?: AbortSignal): Promise<Agency[]> {
  return fetchAllPages(buildPath('agencies'), agencyListSchema, (p) => ({ items: p.agencies, total: p.total_count }), signal);
}
export function getAgenciesQueryOptions(p: Persona) {
  return queryOptions({ queryKey: agencyKeys.list(p), queryFn: ({ signal }) => getAgencies(signal) });
}
export function useAgencies(options: { enabled?: boolean } = {}) {
  const s = useApiScope();
  return useQuery({ ...getAgenciesQueryOptions(s.persona), enabled: s.ready && (options.enabled ?? true) });
}

/** The party ModelArts agencies delegate to, and the description the ModelArts console writes. */
export const MODELARTS_TRUST_DOMAIN = 'op_svc_modelarts';
export const MODELARTS_AGENCY_DESCRIPTION = 'Created by ModelArts service.';

/** POST — an agency trusted by ModelArts, without time limit (step 1 of Add agency). */
export async function createModelArtsAgency(name: string, domainId: string | null): Promise<Agency> {
  const body = createAgencySchema.parse({
    agency: {
      name,
      ...(domainId ? { domain_id: domainId } : {}),
      trust_domain_name: MODELARTS_TRUST_DOMAIN,
      description: MODELARTS_AGENCY_DESCRIPTION,
      duration: 'FOREVER',
    },
  });
  return (await request(buildPath('agencies'), agencyResponseSchema, { method: 'POST', body })).agency;
}

// --- one agency: get, create, modify, delete ------------------------------------------------------
export async function getAgency(id: string, signal?: AbortSignal): Promise<Agency> {
  return (await request(buildPath('agency', { agencyId: id }), agencyResponseSchema, { signal })).agency;
}
export function getAgencyQueryOptions(p: Persona, id: string) {
  return queryOptions({ queryKey: agencyKeys.detail(p, id), queryFn: ({ signal }) => getAgency(id, signal) });
}
export function useAgency(id: string) {
  const s = useApiScope();
  return useQuery({ ...getAgencyQueryOptions(s.persona, id), enabled: s.ready && !!id });
}

/** What an agency mutation changes (deleting one removes its grants; the delete flow may remove authorizations). */
const AGENCY_CHANGES: readonly Resource[] = ['agencies', 'grants', 'roles', 'authorizations'];

export async function createAgency(body: CreateAgencyBody): Promise<Agency> {
  return (await request(buildPath('agencies'), agencyResponseSchema, { method: 'POST', body: createAgencySchema.parse(body) })).agency;
}
export async function updateAgency(id: string, body: UpdateAgencyBody): Promise<Agency> {
  return (await request(buildPath('agency', { agencyId: id }), agencyResponseSchema, { method: 'PUT', body: updateAgencySchema.parse(body) })).agency;
}
export async function deleteAgency(id: string): Promise<void> {
  await request(buildPath('agency', { agencyId: id }), z.unknown(), { method: 'DELETE' });
}
export function useCreateAgency() {
  return useResourceMutation(AGENCY_CHANGES, { mutationFn: (body: CreateAgencyBody) => createAgency(body) });
}
export function useUpdateAgency(id: string) {
  return useResourceMutation(AGENCY_CHANGES, { mutationFn: (body: UpdateAgencyBody) => updateAgency(id, body) });
}
/** Deletes an agency; with `removeAuthorizations`, first deletes those authorizations (each in its region). */
export function useDeleteAgency() {
  return useResourceMutation(AGENCY_CHANGES, {
    mutationFn: async ({ id, removeAuthorizations = [] }: { id: string; removeAuthorizations?: readonly RegionalAuthorization[] }) => {
      await deleteAuthorizations(removeAuthorizations);
      await deleteAgency(id);
    },
  });
}

// --- which authorizations use each agency ---------------------------------------------------------
/** The authorizations (any region) that name each agency: by agency name (content) and, for grant rows, by agency id. */
export interface AgencyUsage {
  byName: Map<string, RegionalAuthorization[]>;
  byId: Map<string, RegionalAuthorization[]>;
  projects: Project[];
}

export async function getAgencyUsage(signal?: AbortSignal): Promise<AgencyUsage> {
  const projects = await getProjects(signal);
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
export function getAgencyUsageQueryOptions(p: Persona) {
  return queryOptions({ queryKey: agencyKeys.usage(p), queryFn: ({ signal }) => getAgencyUsage(signal) });
}
export function useAgencyUsage(options: { enabled?: boolean } = {}) {
  const s = useApiScope();
  return useQuery({ ...getAgencyUsageQueryOptions(s.persona), enabled: s.ready && (options.enabled ?? true) });
}

/** The authorizations that keep an agency from being deleted. */
export function usesOf(usage: AgencyUsage | undefined, agency: Pick<Agency, 'id' | 'name'>): RegionalAuthorization[] {
  if (!usage) return [];
  return [...(usage.byName.get(agency.name) ?? []), ...(usage.byId.get(agency.id) ?? [])];
}

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
