/** PUT an agency grant: global policies on the domain path, project-level ones on the region project. */
import { z } from 'zod/mini';
import { request } from '@/api/client';
import { buildPath } from '@/api/paths';
import type { ServiceKind } from '@/iam';
import type { GrantTarget } from './grant-group-role';

export async function grantAgencyRole(agencyId: string, roleId: string, kind: ServiceKind, target: GrantTarget): Promise<void> {
  const path =
    kind === 'global'
      ? buildPath('agencyGrantDomain', { domainId: target.domainId, agencyId, roleId })
      : buildPath('agencyGrantProject', { projectId: target.projectId, agencyId, roleId });
  await request(path, z.unknown(), { method: 'PUT' });
}
