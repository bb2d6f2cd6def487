/**
 * Huawei IAM's list conventions (docs/api.md "Huawei's list conventions"; the shapes are
 * src/api/contracts/iam-huawei.ts, after the official SDK's models). A list request that carries
 * the console's `limit`, `offset` or `include` (ours) is answered the console's way, with `total_count`; any
 * other request is answered as real IAM answers it: users, groups and group members all at once
 * without a total; system policies on `/v3/roles` and custom ones on `/v3.0/OS-ROLE/roles` paged by
 * `page`/`per_page` with `total_number`; role assignments (`domain_id` required) with `total_num`;
 * agencies (`domain_id` required) paged without a total.
 */
import { z } from 'zod/mini';
import type { Agency, Group, RoleAssignment, User } from '@/api/contracts/iam';
import type { HuaweiAgency, HuaweiCustomRole, HuaweiGroup, HuaweiRoleAssignment, HuaweiSystemRole, HuaweiUser } from '@/api/contracts/iam-huawei';
import { badRequest, HttpError, readQuery } from '../http';
import { store } from '../store';
import type { PolicyRec } from '../store/types';

/** The console's list extension (ours): `limit`, `offset` or `include` in the query. */
export const usesConsoleConventions = (url: URL): boolean => ['limit', 'offset', 'include'].some((k) => url.searchParams.has(k));

const pageQuerySchema = (max: number) =>
  z.object({
    page: z.optional(z.coerce.number().check(z.int(), z.minimum(1))),
    per_page: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(max))),
  });

/** `page` and `per_page` (both or neither, as the SDK's request models say); undefined = every item. */
export function pageOfHuawei<T>(url: URL, max: number, rows: readonly T[]): T[] {
  const q = readQuery(url, pageQuerySchema(max));
  if ((q.page === undefined) !== (q.per_page === undefined)) throw badRequest('page and per_page must be given together.', 'ModelArts.3036');
  if (q.page === undefined || q.per_page === undefined) return [...rows];
  return rows.slice((q.page - 1) * q.per_page, q.page * q.per_page);
}

/** `domain_id`, required by the role-assignment and agency lists: it must be the account's. */
export function requireDomain(url: URL): void {
  const id = url.searchParams.get('domain_id');
  if (!id) throw badRequest('domain_id is required.', 'ModelArts.3036');
  if (id !== store.state.domain.id) throw new HttpError(404, '404', `Could not find domain: ${id}.`);
}

/** An optional `domain_id` filter: another account's lists are not ours to show. */
export function checkDomainFilter(url: URL): void {
  const id = url.searchParams.get('domain_id');
  if (id !== null && id !== store.state.domain.id) throw new HttpError(404, '404', `Could not find domain: ${id}.`);
}

const self = (url: URL, path: string) => ({ self: `${url.origin}${path}` });

/** `KeystoneListUsersResult`: no type, root or admin flags (IAM lists IAM users only). */
export function toHuaweiUser(u: User, url: URL): HuaweiUser {
  return { id: u.id, name: u.name, domain_id: u.domain_id, enabled: u.enabled, description: u.description, password_expires_at: null, links: self(url, `/v3/users/${u.id}`) };
}

export function toHuaweiGroup(g: Group, url: URL): HuaweiGroup {
  return { id: g.id, name: g.name, description: g.description, domain_id: g.domain_id, ...(g.create_time !== undefined ? { create_time: g.create_time } : {}), links: self(url, `/v3/groups/${g.id}`) };
}

/** What a system and a custom policy's list items share; `name` is the id, as `toApiRole`'s. */
const roleBase = (p: PolicyRec, url: URL) => ({ id: p.id, name: p.id, display_name: p.name, type: p.roleType, description: p.description, links: self(url, `/v3/roles/${p.id}`) });

/** `RoleResult`: a system policy (every seeded one is a 1.1 policy: `flag: "fine_grained"`). */
export function toHuaweiSystemRole(p: PolicyRec, url: URL): HuaweiSystemRole {
  return { ...roleBase(p, url), flag: p.document.Version === '1.1' ? 'fine_grained' : null, policy: p.document as HuaweiSystemRole['policy'] };
}

/** `ListPolicyRoleResult`: catalog "CUSTOMED", times in ms as strings (as the API reference's example). */
export function toHuaweiCustomRole(p: PolicyRec, url: URL): HuaweiCustomRole {
  const times = { created_time: String(p.createTime), updated_time: String(p.updateTime) };
  return { ...roleBase(p, url), catalog: 'CUSTOMED', domain_id: store.state.domain.id, policy: p.document as HuaweiCustomRole['policy'], ...times };
}

/** `RoleAssignmentBody`: All resources = domain scope with `is_inherited: true`. */
export function toHuaweiAssignment(a: RoleAssignment): HuaweiRoleAssignment {
  const who = a.group_id !== undefined ? { group: { id: a.group_id } } : { agency: { id: a.agency_id! } };
  const s = a.scope;
  const scope = 'project' in s ? { project: s.project } : 'enterprise_project' in s ? { enterprise_project: s.enterprise_project } : { domain: s.domain };
  return { role: { id: a.role_id }, ...who, scope, is_inherited: 'domain' in s && s.inherited_to_projects === true };
}

/** `AgencyListResult`. */
export function toHuaweiAgency(a: Agency): HuaweiAgency {
  return { id: a.id, name: a.name, domain_id: a.domain_id, trust_domain_id: a.trust_domain_id, trust_domain_name: a.trust_domain_name, duration: a.duration, expire_time: a.expire_time, description: a.description, create_time: a.create_time };
}
