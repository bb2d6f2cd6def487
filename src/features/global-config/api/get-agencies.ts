/** GET /v3.0/OS-AGENCY/agencies — every agency of the account (for Use existing, uniqueness and default names). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/api/client';
import { agencyListSchema, type Agency } from '@/api/contracts/iam';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { globalConfigKeys, personaKey } from './keys';

const PAGE = 1000;

/** All agencies, page by page (IAM allows at most a few hundred per account). */
export async function getAgencies(signal?: AbortSignal): Promise<Agency[]> {
  const out: Agency[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await request(buildPath('agencies'), agencyListSchema, { query: { limit: PAGE, offset }, signal });
    out.push(...page.agencies);
    if (page.agencies.length < PAGE || out.length >= page.total_count) return out;
  }
}

export function getAgenciesQueryOptions(who: string) {
  return queryOptions({ queryKey: globalConfigKeys.agencies(who), queryFn: ({ signal }) => getAgencies(signal) });
}

export function useAgencies(options: { enabled?: boolean } = {}) {
  const session = useSession();
  return useQuery({ ...getAgenciesQueryOptions(personaKey(session)), enabled: !!session.token && (options.enabled ?? true) });
}
