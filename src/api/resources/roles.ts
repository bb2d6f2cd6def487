/**
 * IAM roles (system and custom policies) — GET/POST /v3.0/OS-ROLE/roles, GET/PATCH/DELETE
 * /v3.0/OS-ROLE/roles/{id}: the one owner of the `roles` keys. A role's `references` (who holds
 * it) changes with the grants, so grant mutations refresh roles too (grants.ts).
 */
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { request } from '../client';
import { createRoleSchema, roleListSchema, roleResponseSchema, type CreateRoleBody, type Role } from '../contracts/iam';
import { fetchAllPages } from '../fetch-all-pages';
import { buildPath } from '../paths';
import { useResourceMutation } from './invalidation';
import { useApiScope, type Persona } from './persona';

export const roleKeys = {
  all: (p: Persona) => ['roles', p] as const,
  list: (p: Persona) => ['roles', p, 'list'] as const,
  detail: (p: Persona, id: string) => ['roles', p, 'detail', id] as const,
};

/** Every system and custom policy, sorted by display name. */
export function getRoles(signal?: AbortSignal): Promise<Role[]> {
  return fetchAllPages(buildPath('roles'), roleListSchema, (p) => ({ items: p.roles, total: p.total_count }), signal, { sort_by: 'display_name' });
}
export function getRolesQueryOptions(p: Persona) {
  return queryOptions({ queryKey: roleKeys.list(p), queryFn: ({ signal }) => getRoles(signal) });
}
export function useRoles(options: { enabled?: boolean } = {}) {
  const s = useApiScope();
  return useQuery({ ...getRolesQueryOptions(s.persona), enabled: s.ready && (options.enabled ?? true) });
}

/** One policy with its document and version (for the editor). */
export async function getRole(roleId: string, signal?: AbortSignal): Promise<Role> {
  return (await request(buildPath('role', { roleId }), roleResponseSchema, { signal })).role;
}
export function getRoleQueryOptions(p: Persona, roleId: string) {
  return queryOptions({ queryKey: roleKeys.detail(p, roleId), queryFn: ({ signal }) => getRole(roleId, signal) });
}
export function useRole(roleId: string | undefined, options: { enabled?: boolean } = {}) {
  const s = useApiScope();
  return useQuery({ ...getRoleQueryOptions(s.persona, roleId ?? ''), enabled: s.ready && !!roleId && (options.enabled ?? true) });
}

/** POST — a custom policy; the body is checked with the contract's schema first. */
export async function createRole(body: CreateRoleBody): Promise<Role> {
  return (await request(buildPath('roles'), roleResponseSchema, { method: 'POST', body: createRoleSchema.parse(body) })).role;
}

export interface UpdateRoleInput {
  roleId: string;
  body: CreateRoleBody;
}
/** PATCH — send `version` (the one the edit started from): a stale version answers 409, nothing is overwritten. */
export async function updateRole({ roleId, body }: UpdateRoleInput): Promise<Role> {
  return (await request(buildPath('role', { roleId }), roleResponseSchema, { method: 'PATCH', body: createRoleSchema.parse(body) })).role;
}

/** DELETE — a custom policy. While attached, the API answers 409 naming the holders. */
export async function deleteRole(roleId: string): Promise<void> {
  await request(buildPath('role', { roleId }), z.unknown(), { method: 'DELETE' });
}

/** The saved role is put in the detail cache at once (the editor reopens it without a fetch). */
function useSaveRoleMutation<V>(mutationFn: (v: V) => Promise<Role>) {
  const queryClient = useQueryClient();
  const { persona } = useApiScope();
  return useResourceMutation(['roles'], {
    mutationFn,
    onSuccess: (role) => queryClient.setQueryData(roleKeys.detail(persona, role.id), role),
  });
}
export const useCreateRole = () => useSaveRoleMutation(createRole);
export const useUpdateRole = () => useSaveRoleMutation(updateRole);

export function useDeleteRole() {
  const queryClient = useQueryClient();
  const { persona } = useApiScope();
  return useResourceMutation(['roles'], {
    mutationFn: deleteRole,
    onSuccess: (_r, roleId) => queryClient.removeQueries({ queryKey: roleKeys.detail(persona, roleId) }),
  });
}
