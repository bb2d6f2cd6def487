/**
 * IAM users — GET/POST /v3/users, GET/DELETE /v3/users/{id}: the one owner of the `users` keys.
 * Deleting a user also removes its memberships, its authorizations and its workspace grants (the
 * server's cascade), so those resources are refreshed too.
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { request } from '../client';
import { createUserSchema, userListSchema, userResponseSchema, type CreateUserBody, type User } from '../contracts/iam';
import { buildPath } from '../paths';
import { useResourceMutation } from './invalidation';
import { toApiQuery, type ListQuery } from './list-query';
import { useApiScope, type Persona } from './persona';

export const userKeys = {
  all: (p: Persona) => ['users', p] as const,
  page: (p: Persona, query: ListQuery) => ['users', p, 'page', query] as const,
  search: (p: Persona, query: UserSearch) => ['users', p, 'search', query] as const,
  personas: (p: Persona, search: string) => ['users', p, 'personas', search] as const,
  detail: (p: Persona, id: string) => ['users', p, 'detail', id] as const,
};

// --- one page (Users list) -------------------------------------------------------------------
export function getUsersPage(query: ListQuery, signal?: AbortSignal) {
  return request(buildPath('users'), userListSchema, { query: toApiQuery(query), signal });
}
export function getUsersPageQueryOptions(p: Persona, query: ListQuery) {
  return queryOptions({ queryKey: userKeys.page(p, query), queryFn: ({ signal }) => getUsersPage(query, signal), placeholderData: keepPreviousData });
}
export function useUsersPage(query: ListQuery, options: { enabled?: boolean } = {}) {
  const s = useApiScope();
  return useQuery({ ...getUsersPageQueryOptions(s.persona, query), enabled: s.ready && (options.enabled ?? true) });
}

// --- pickers (searched by the server: the large organisation has 10,000 users) ---------------
export const USER_PICKER_LIMIT = 50;
export interface UserSearch {
  search: string;
  /** IAM users only (no federated users). */
  iamOnly?: boolean;
  /** Leave out the account's root user. */
  withoutRoot?: boolean;
}
export interface UserSearchResult {
  users: User[];
  total: number;
  /** More users match than the picker shows. */
  truncated: boolean;
}
export async function searchUsers({ search, iamOnly, withoutRoot }: UserSearch, signal?: AbortSignal): Promise<UserSearchResult> {
  const res = await request(buildPath('users'), userListSchema, {
    query: { limit: USER_PICKER_LIMIT, offset: 0, name: search || undefined, type: iamOnly ? 'iam' : undefined, sort_by: 'name', order: 'asc' },
    signal,
  });
  const users = withoutRoot ? res.users.filter((u) => !u.is_root) : res.users;
  return { users, total: res.total_count, truncated: res.users.length < res.total_count };
}
export function searchUsersQueryOptions(p: Persona, query: UserSearch) {
  return queryOptions({ queryKey: userKeys.search(p, query), queryFn: ({ signal }) => searchUsers(query, signal), placeholderData: keepPreviousData });
}
export function useUserSearch(query: UserSearch, options: { enabled?: boolean } = {}) {
  const s = useApiScope();
  return useQuery({ ...searchUsersQueryOptions(s.persona, query), enabled: s.ready && (options.enabled ?? true) });
}

// --- personas (the header's "Signed in as" menu) ----------------------------------------------
export const PERSONA_PAGE = 50;
/**
 * The first PERSONA_PAGE IAM users whose name contains `search` (the backend filters by `name`),
 * without the account's root user (the menu lists it first, separately). `total` counts IAM users.
 */
export async function getPersonas(search: string, signal?: AbortSignal) {
  const list = await request(buildPath('users'), userListSchema, {
    query: { limit: PERSONA_PAGE + 1, offset: 0, name: search.trim() || undefined, sort_by: 'name', order: 'asc' },
    signal,
  });
  const needle = search.trim().toLowerCase();
  const iamUsers = list.users.filter((u) => !u.is_root && (!needle || u.name.toLowerCase().includes(needle)));
  const rootCounted = list.users.some((u) => u.is_root) ? 1 : 0;
  return { total: Math.max(iamUsers.length, list.total_count - rootCounted), users: iamUsers.slice(0, PERSONA_PAGE) };
}
export function getPersonasQueryOptions(p: Persona, search: string) {
  return queryOptions({
    queryKey: userKeys.personas(p, search.trim()),
    queryFn: ({ signal }) => getPersonas(search, signal),
    placeholderData: (prev) => prev,
  });
}
export function usePersonas(search: string, enabled: boolean) {
  const s = useApiScope();
  return useQuery({ ...getPersonasQueryOptions(s.persona, search), enabled: s.ready && enabled });
}

// --- one user ---------------------------------------------------------------------------------
export async function getUser(userId: string, signal?: AbortSignal) {
  return (await request(buildPath('user', { userId }), userResponseSchema, { signal })).user;
}
export function getUserQueryOptions(p: Persona, userId: string) {
  return queryOptions({ queryKey: userKeys.detail(p, userId), queryFn: ({ signal }) => getUser(userId, signal) });
}
export function useUser(userId: string) {
  const s = useApiScope();
  return useQuery({ ...getUserQueryOptions(s.persona, userId), enabled: s.ready });
}

// --- mutations --------------------------------------------------------------------------------
/** POST /v3/users — validated with the contract's schema before it is sent (the server uses the same). */
export async function createUser(body: CreateUserBody) {
  return (await request(buildPath('users'), userResponseSchema, { method: 'POST', body: createUserSchema.parse(body) })).user;
}
export function useCreateUser() {
  return useResourceMutation(['users'], { mutationFn: createUser });
}

/** DELETE /v3/users/{id} — the server also removes its memberships, authorizations and workspace grants. */
export async function deleteUser(userId: string): Promise<void> {
  await request(buildPath('user', { userId }), z.unknown(), { method: 'DELETE' });
}
export function useDeleteUser() {
  return useResourceMutation(['users', 'memberships', 'authorizations', 'workspaces'], { mutationFn: deleteUser });
}
