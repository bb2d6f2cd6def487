/**
 * The four group grant APIs (docs/api.md): PUT / DELETE a role for a group on All resources, Global
 * services, one region project or one enterprise project.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { request } from '@/api/client';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { iamKeys, personaKey } from './keys';

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

export function grantPath(domainId: string, { groupId, roleId, target }: GroupGrant): string {
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
  await request(grantPath(domainId, grant), z.unknown(), { method: 'PUT' });
}

export async function revokeGroupRole(domainId: string, grant: GroupGrant): Promise<void> {
  await request(grantPath(domainId, grant), z.unknown(), { method: 'DELETE' });
}

/**
 * Grants one by one and reports progress; a failure stops there and names the grants done, so a
 * retry sends only the rest (granting twice is a no-op anyway).
 */
export async function grantAll(
  domainId: string,
  grants: readonly GroupGrant[],
  onProgress: (done: number) => void,
): Promise<void> {
  for (let i = 0; i < grants.length; i++) {
    await grantGroupRole(domainId, grants[i]!);
    onProgress(i + 1);
  }
}

export function useGrantGroupRoles(onProgress: (done: number) => void) {
  const queryClient = useQueryClient();
  const session = useSession();
  const who = personaKey(session);
  return useMutation({
    mutationFn: (grants: readonly GroupGrant[]) => grantAll(session.domainId ?? '', grants, onProgress),
    onSettled: () => queryClient.invalidateQueries({ queryKey: iamKeys.persona(who) }),
  });
}

export function useRevokeGroupRole() {
  const queryClient = useQueryClient();
  const session = useSession();
  const who = personaKey(session);
  return useMutation({
    mutationFn: (grant: GroupGrant) => revokeGroupRole(session.domainId ?? '', grant),
    onSettled: () => queryClient.invalidateQueries({ queryKey: iamKeys.persona(who) }),
  });
}
