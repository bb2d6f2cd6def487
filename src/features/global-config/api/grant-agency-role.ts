/**
 * PUT an agency grant — step 2 of Add agency: global policies and "all resources" on the domain
 * path, project-level policies on each region project's path.
 */
import { z } from 'zod/mini';
import { request } from '@/api/client';
import { buildPath } from '@/api/paths';
import type { GrantSpec } from '../lib/add-authorization-form';

/** IAM answers 204 (no body); accept any body. */
const anyBody = z.unknown();

export async function grantAgencyRole(domainId: string, agencyId: string, grant: Pick<GrantSpec, 'roleId' | 'target'>): Promise<void> {
  const path =
    grant.target.kind === 'domain'
      ? buildPath('agencyGrantDomain', { domainId, agencyId, roleId: grant.roleId })
      : buildPath('agencyGrantProject', { projectId: grant.target.projectId, agencyId, roleId: grant.roleId });
  await request(path, anyBody, { method: 'PUT' });
}
