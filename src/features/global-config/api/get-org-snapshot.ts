/**
 * The organisation as the engine sees it, read through the regular APIs (users, groups and
 * their members, roles, role assignments, agencies, authorizations, workspaces, auth mode,
 * projects, enterprise projects — never `/__mock/`) and converted by the shared pure
 * `toOrgSnapshot`. Used by the authorization-mode confirmation ("users who gain or lose access").
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { request } from '@/api/client';
import { agencyListSchema, enterpriseProjectListSchema, groupListSchema, projectListSchema, roleAssignmentListSchema, roleListSchema, userListSchema } from '@/api/contracts/iam';
import { authModeResponseSchema, authorizationListSchema, workspaceListSchema } from '@/api/contracts/modelarts';
import { toOrgSnapshot } from '@/api/org-snapshot';
import { buildPath } from '@/api/paths';
import type { Snapshot } from '@/iam';
import { useSession } from '@/components/session/use-session';
import { globalConfigKeys, personaKey } from './keys';

const PAGE = 1000;

async function all<S extends z.ZodType, T>(path: string, schema: S, items: (p: z.infer<S>) => T[], signal?: AbortSignal): Promise<T[]> {
  const out: T[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await request(path, schema, { query: { limit: PAGE, offset }, signal });
    const got = items(page);
    out.push(...got);
    if (got.length < PAGE) return out;
  }
}

export async function getOrgSnapshot(projectId: string, domain: { id: string; name: string }, signal?: AbortSignal): Promise<Snapshot> {
  const [users, groups, roles, roleAssignments, agencies, authorizations, workspaces, mode, projects, eps] = await Promise.all([
    all(buildPath('users'), userListSchema, (p) => p.users, signal),
    all(buildPath('groups'), groupListSchema, (p) => p.groups, signal),
    all(buildPath('roles'), roleListSchema, (p) => p.roles, signal),
    all(buildPath('roleAssignments'), roleAssignmentListSchema, (p) => p.role_assignments, signal),
    all(buildPath('agencies'), agencyListSchema, (p) => p.agencies, signal),
    all(buildPath('authorizations', { projectId }), authorizationListSchema, (p) => p.auth, signal),
    all(buildPath('workspaces', { projectId }), workspaceListSchema, (p) => p.workspaces, signal),
    request(buildPath('authMode'), authModeResponseSchema, { signal }),
    request(buildPath('projects'), projectListSchema, { signal }),
    request(buildPath('enterpriseProjects'), enterpriseProjectListSchema, { signal }),
  ]);
  // Memberships, a few groups at a time.
  const memberOf = new Map<string, string[]>();
  for (let i = 0; i < groups.length; i += 8) {
    const batch = groups.slice(i, i + 8);
    const members = await Promise.all(batch.map((g) => all(buildPath('groupUsers', { groupId: g.id }), userListSchema, (p) => p.users, signal)));
    batch.forEach((g, j) => {
      for (const u of members[j] ?? []) memberOf.set(u.id, [...(memberOf.get(u.id) ?? []), g.id]);
    });
  }
  const snapshot = toOrgSnapshot({
    domain,
    authMode: mode.mode,
    projects: projects.projects,
    enterpriseProjects: eps.enterprise_projects,
    users: users.map((user) => ({ user, groupIds: memberOf.get(user.id) ?? [] })),
    groups,
    roles,
    roleAssignments,
    agencies,
    authorizations,
    workspaces,
  });
  // The converter types statements loosely; the engine reads malformed ones safely.
  return snapshot as unknown as Snapshot;
}

export function getOrgSnapshotQueryOptions(who: string, projectId: string, domain: { id: string; name: string }) {
  return queryOptions({
    queryKey: [...globalConfigKeys.all, who, 'org-snapshot', projectId] as const,
    queryFn: ({ signal }) => getOrgSnapshot(projectId, domain, signal),
  });
}

export function useOrgSnapshot(options: { enabled?: boolean } = {}) {
  const session = useSession();
  const domain = { id: session.domainId ?? '', name: session.domainName ?? '' };
  return useQuery({
    ...getOrgSnapshotQueryOptions(personaKey(session), session.projectId, domain),
    enabled: !!session.token && !!session.domainId && (options.enabled ?? true),
  });
}
