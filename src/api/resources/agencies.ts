/**
 * IAM agencies — GET/POST /v3.0/OS-AGENCY/agencies: the one owner of the `agencies` keys. Their
 * grants are in grants.ts.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '../client';
import { agencyListSchema, agencyResponseSchema, createAgencySchema, type Agency } from '../contracts/iam';
import { fetchAllPages } from '../fetch-all-pages';
import { buildPath } from '../paths';
import { useApiScope, type Persona } from './persona';

export const agencyKeys = {
  all: (p: Persona) => ['agencies', p] as const,
  list: (p: Persona) => ['agencies', p, 'list'] as const,
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
