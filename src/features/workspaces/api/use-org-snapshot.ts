/**
 * The organisation as the engine sees it, built from the regular APIs only (users, groups and
 * their members, roles, role assignments, agencies, authorizations, workspaces, auth mode,
 * projects) — never from `/__mock/` — so it works unchanged against a real gateway. Needs the
 * IAM read permissions; a persona without them gets the 403 with the engine's explanation.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { request } from '@/api/client';
import {
  agencyListSchema,
  enterpriseProjectListSchema,
  groupListSchema,
  projectListSchema,
  roleAssignmentListSchema,
  roleListSchema,
  userListSchema,
} from '@/api/contracts/iam';
import { authModeResponseSchema, authorizationListSchema, workspaceListSchema } from '@/api/contracts/modelarts';
import { toOrgSnapshot } from '@/api/org-snapshot';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import type { Snapshot } from '@/iam';
import { personaKey, workspaceKeys } from './keys';

const PAGE = 1000;

/** Every page of a list endpoint: `pick` reads the items of one page. */
async function all<S extends z.ZodType<{ total_count?: number | undefined }>, T>(
  path: string,
  schema: S,
  pick: (page: z.infer<S>) => T[],
  signal?: AbortSignal,
): Promise<T[]> {
  const out: T[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await request(path, schema, { query: { limit: PAGE, offset }, signal });
    const items = pick(page);
    out.push(...items);
    if (items.length < PAGE || out.length >= (page.total_count ?? 0)) return out;
  }
}

export async function getOrgSnapshot(session: { projectId: string; domainId: string | null; domainName: string | null }, signal?: AbortSignal): Promise<Snapshot> {
  const { projectId } = session;
  const [users, groups, roles, roleAssignments, agencies, authorizations, workspaces, mode, projects, enterpriseProjects] = await Promise.all([
    all(buildPath('users'), userListSchema, (p) => p.users, signal),
    all(buildPath('groups'), groupListSchema, (p) => p.groups, signal),
    all(buildPath('roles'), roleListSchema, (p) => p.roles, signal),
    all(buildPath('roleAssignments'), roleAssignmentListSchema, (p) => p.role_assignments, signal),
    all(buildPath('agencies'), agencyListSchema, (p) => p.agencies, signal),
    all(buildPath('authorizations', { projectId }), authorizationListSchema, (p) => p.auth, signal),
    all(buildPath('workspaces', { projectId }), workspaceListSchema, (p) => p.workspaces, signal),
    request(buildPath('authMode'), authModeResponseSchema, { signal }),
    request(buildPath('projects'), projectListSchema, { signal }),
    request(buildPath('enterpriseProjects'), enterpriseProjectListSchema, { query: { limit: PAGE }, signal }),
  ]);
  const members = await Promise.all(
    groups.map((g) => all(buildPath('groupUsers', { groupId: g.id }), userListSchema, (p) => p.users, signal).then((us) => [g.id, us] as const)),
  );
  const groupsOf = new Map<string, string[]>();
  for (const [groupId, us] of members) for (const u of us) groupsOf.set(u.id, [...(groupsOf.get(u.id) ?? []), groupId]);
  const snapshot: Snapshot = toOrgSnapshot({
    domain: { id: session.domainId ?? mode.domain_id, name: session.domainName ?? '' },
    authMode: mode.mode,
    projects: projects.projects,
    enterpriseProjects: enterpriseProjects.enterprise_projects,
    users: users.map((user) => ({ user, groupIds: groupsOf.get(user.id) ?? [] })),
    groups,
    roles,
    roleAssignments,
    agencies,
    authorizations,
    // A workspace being deleted admits nobody any more.
    workspaces: workspaces.filter((w) => w.status !== 'DELETING'),
  });
  return snapshot;
}

export function getOrgSnapshotQueryOptions(who: string, session: Parameters<typeof getOrgSnapshot>[0]) {
  return queryOptions({
    queryKey: [...workspaceKeys.orgSnapshot(who), session.projectId],
    queryFn: ({ signal }) => getOrgSnapshot(session, signal),
    staleTime: 60_000,
  });
}

export function useOrgSnapshot(options: { enabled?: boolean } = {}) {
  const session = useSession();
  const { projectId, domainId, domainName } = session;
  return useQuery({
    ...getOrgSnapshotQueryOptions(personaKey(session), { projectId, domainId, domainName }),
    enabled: !!session.token && (options.enabled ?? true),
  });
}
