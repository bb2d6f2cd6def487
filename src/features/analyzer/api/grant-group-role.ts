/**
 * PUT a group grant: a global-service policy on "Global services" (domain path), a project-level
 * one on the region project (project path).
 */
import { z } from 'zod/mini';
import { request } from '@/api/client';
import { buildPath } from '@/api/paths';
import type { ServiceKind } from '@/iam';

export interface GrantTarget {
  domainId: string;
  projectId: string;
}

export async function grantGroupRole(groupId: string, roleId: string, kind: ServiceKind, target: GrantTarget): Promise<void> {
  const path =
    kind === 'global'
      ? buildPath('grantGlobal', { domainId: target.domainId, groupId, roleId })
      : buildPath('grantProject', { projectId: target.projectId, groupId, roleId });
  await request(path, z.unknown(), { method: 'PUT' });
}
