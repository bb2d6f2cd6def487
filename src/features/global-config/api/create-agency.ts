/** POST /v3.0/OS-AGENCY/agencies — step 1 of Add agency: trusted by ModelArts (op_svc_modelarts), unlimited. */
import { request } from '@/api/client';
import { agencyResponseSchema, createAgencySchema, type Agency } from '@/api/contracts/iam';
import { buildPath } from '@/api/paths';

export const MODELARTS_TRUST_DOMAIN = 'op_svc_modelarts';
export const MODELARTS_AGENCY_DESCRIPTION = 'Created by ModelArts service.';

export async function createAgency(name: string, domainId: string | null): Promise<Agency> {
  const body = createAgencySchema.parse({
    agency: {
      name,
      ...(domainId ? { domain_id: domainId } : {}),
      trust_domain_name: MODELARTS_TRUST_DOMAIN,
      description: MODELARTS_AGENCY_DESCRIPTION,
      duration: 'FOREVER',
    },
  });
  const res = await request(buildPath('agencies'), agencyResponseSchema, { method: 'POST', body });
  return res.agency;
}
