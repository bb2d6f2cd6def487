/**
 * IAM user groups — GET/POST /v3/groups, PATCH/DELETE /v3/groups/{id}: the one owner of the `groups`
 * keys. Deleting a group also removes its memberships and grants (the server's cascade).
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { request } from '../client';
import { createGroupSchema, groupListSchema, groupSchema, type CreateGroupBody, type Group } from '../contracts/iam';
import { fetchAllPages } from '../fetch-all-pages';
import { buildPath } from '../paths';
import { useResourceMutation } from './invalidation';
import { toApiQuery, type ListQuery } from './list-query';
import { useApiScope, type Persona } from './persona';

export const groupKeys = {
  all: (p: Persona) => ['groups', p] as const,
  page: (p: Persona, query: ListQuery) => ['groups', p, 'page', query] as const,
  every: (p: Persona) => ['groups', p, 'every'] as const,
};

/** One page, searched by the server (the large organisation has 1,000 groups). */
export function getGroupsPage(query: ListQuery, signal?: AbortSignal) {
  return request(buildPath('groups'), groupListSchema, { query: toApiQuery(query), signal });
}
export function getGroupsPageQueryOptions(p: Persona, query: ListQuery) {
  return queryOptions({ queryKey: groupKeys.page(p, query), queryFn: ({ signal }) => getGroupsPage(query, signal), placeholderData: keepPreviousData });
}
export function useGroupsPage(query: ListQuery, options: { enabled?: boolean } = {}) {
  const s = useApiScope();
  return useQuery({ ...getGroupsPageQueryOptions(s.persona, query), enabled: s.ready && (options.enabled ?? true) });
}

/** Every group, every page (IAM has no GET of one group: detail pages look the name up here). */
export function getAllGroups(signal?: AbortSignal): Promise<Group[]> {
  return fetchAllPages(buildPath('groups'), groupListSchema, (p) => ({ items: p.groups, total: p.total_count }), signal, { sort_by: 'name' });
}
export function getAllGroupsQueryOptions(p: Persona) {
  return queryOptions({ queryKey: groupKeys.every(p), queryFn: ({ signal }) => getAllGroups(signal) });
}
export function useAllGroups() {
  const s = useApiScope();
  return useQuery({ ...getAllGroupsQueryOptions(s.persona), enabled: s.ready });
}

const groupResponseSchema = z.object({ group: groupSchema });

/** POST /v3/groups — validated with the contract's schema before it is sent (the server uses the same). */
export async function createGroup(body: CreateGroupBody): Promise<Group> {
  return (await request(buildPath('groups'), groupResponseSchema, { method: 'POST', body: createGroupSchema.parse(body) })).group;
}
export function useCreateGroup() {
  return useResourceMutation(['groups'], { mutationFn: createGroup });
}

/** PATCH /v3/groups/{id} — a new name and description (Modify); a taken name → 409. */
export async function updateGroup({ groupId, body }: { groupId: string; body: CreateGroupBody }): Promise<Group> {
  return (await request(buildPath('group', { groupId }), groupResponseSchema, { method: 'PATCH', body: createGroupSchema.parse(body) })).group;
}
export function useUpdateGroup() {
  // The name shows in memberships and in policies' holders too.
  return useResourceMutation(['groups', 'memberships', 'grants'], { mutationFn: updateGroup });
}

/** DELETE /v3/groups/{id} — the server also removes its memberships and grants. */
export async function deleteGroup(groupId: string): Promise<void> {
  await request(buildPath('group', { groupId }), z.unknown(), { method: 'DELETE' });
}
export function useDeleteGroup() {
  return useResourceMutation(['groups', 'memberships', 'grants'], { mutationFn: deleteGroup });
}
