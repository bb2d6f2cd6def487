/**
 * Group memberships — GET /v3/groups/{id}/users, GET /v3/users/{id}/groups, PUT/DELETE
 * /v3/groups/{group_id}/users/{user_id}: the one owner of the `memberships` keys.
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { request } from '../client';
import { groupListSchema, userListSchema } from '../contracts/iam';
import { buildPath } from '../paths';
import { useResourceMutation } from './invalidation';
import { useApiScope, type Persona } from './persona';

export interface MembersQuery {
  page: number;
  pageSize: number;
}

export const membershipKeys = {
  all: (p: Persona) => ['memberships', p] as const,
  members: (p: Persona, groupId: string, query: MembersQuery) => ['memberships', p, 'members', groupId, query] as const,
  userGroups: (p: Persona, userId: string) => ['memberships', p, 'user-groups', userId] as const,
};

/** One page of a group's members. */
export function getGroupMembers(groupId: string, { page, pageSize }: MembersQuery, signal?: AbortSignal) {
  return request(buildPath('groupUsers', { groupId }), userListSchema, { query: { limit: pageSize, offset: (page - 1) * pageSize }, signal });
}
export function getGroupMembersQueryOptions(p: Persona, groupId: string, query: MembersQuery) {
  return queryOptions({
    queryKey: membershipKeys.members(p, groupId, query),
    queryFn: ({ signal }) => getGroupMembers(groupId, query, signal),
    placeholderData: keepPreviousData,
  });
}
export function useGroupMembers(groupId: string, query: MembersQuery) {
  const s = useApiScope();
  return useQuery({ ...getGroupMembersQueryOptions(s.persona, groupId, query), enabled: s.ready });
}

/** The groups a user belongs to. */
export async function getUserGroups(userId: string, signal?: AbortSignal) {
  return (await request(buildPath('userGroups', { userId }), groupListSchema, { signal })).groups;
}
export function getUserGroupsQueryOptions(p: Persona, userId: string) {
  return queryOptions({ queryKey: membershipKeys.userGroups(p, userId), queryFn: ({ signal }) => getUserGroups(userId, signal) });
}
export function useUserGroups(userId: string) {
  const s = useApiScope();
  return useQuery({ ...getUserGroupsQueryOptions(s.persona, userId), enabled: s.ready });
}

export interface Membership {
  groupId: string;
  userId: string;
}
export async function addUserToGroup({ groupId, userId }: Membership): Promise<void> {
  await request(buildPath('groupUser', { groupId, userId }), z.unknown(), { method: 'PUT' });
}
export async function removeUserFromGroup({ groupId, userId }: Membership): Promise<void> {
  await request(buildPath('groupUser', { groupId, userId }), z.unknown(), { method: 'DELETE' });
}
/** Adds several memberships one after the other (one call each, as IAM has no batch call). */
export async function addMemberships(list: readonly Membership[]): Promise<void> {
  for (const m of list) await addUserToGroup(m);
}

export const useAddMemberships = () => useResourceMutation(['memberships'], { mutationFn: addMemberships });
export const useRemoveMembership = () => useResourceMutation(['memberships'], { mutationFn: removeUserFromGroup });
