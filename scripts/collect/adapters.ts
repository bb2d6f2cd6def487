/**
 * Real IAM's list items → the console's types (src/api/contracts/iam.ts), which `toOrgSnapshot`
 * reads. Each input is an official SDK model (huaweicloud-sdk-go-v3 `services/iam/v3/model`;
 * schemas in src/api/contracts/iam-huawei.ts, docs/api.md "Huawei's list conventions").
 */
import type { Agency, Group, Role, RoleAssignment, User } from '@/api/contracts/iam';
import type { HuaweiAgency, HuaweiCustomRole, HuaweiGroup, HuaweiRoleAssignment, HuaweiSystemRole, HuaweiUser } from '@/api/contracts/iam-huawei';

/** `KeystoneListUsersResult`: IAM lists IAM users only; the root user is told by its name (collect.ts). */
export const fromHuaweiUser = (u: HuaweiUser): User => ({ id: u.id, name: u.name, domain_id: u.domain_id, enabled: u.enabled, description: u.description ?? '', type: 'iam', is_root: false, is_admin: false });

export const fromHuaweiGroup = (g: HuaweiGroup): Group => ({ id: g.id, name: g.name, description: g.description ?? '', domain_id: g.domain_id, ...(g.create_time !== undefined ? { create_time: g.create_time } : {}) });

/**
 * A statement as the snapshot keeps it: a `null` Condition or Resource (the SDK models them as
 * optional pointers) is the same as none, which the console's validator expects.
 */
const statementOf = (s: Record<string, unknown>) => Object.fromEntries(Object.entries(s).filter(([, v]) => v !== null));
const documentOf = (p: { Version: string; Statement: Array<Record<string, unknown>> }) => ({ Version: p.Version, Statement: p.Statement.map(statementOf) });

/**
 * `RoleResult` of `/v3/roles`: a system policy (or 1.0 role); its name is `display_name`, else
 * `name`. The document keeps Version and Statement (a 1.0 role's Depends is not a grant: the
 * assignments say what is granted). A role without a document has no place: undefined.
 */
export const fromHuaweiSystemRole = (r: HuaweiSystemRole): Role | undefined =>
  r.policy === null
    ? undefined
    : {
        id: r.id,
        name: r.name,
        display_name: r.display_name ?? r.name,
        type: r.type,
        description: r.description ?? '',
        ...(r.description_cn ? { description_cn: r.description_cn } : {}),
        catalog: 'system',
        policy: documentOf(r.policy),
      };

const msOf = (s: string | null | undefined): number | undefined => (s && /^\d+$/.test(s) ? Number(s) : undefined);

/** `ListPolicyRoleResult` of `/v3.0/OS-ROLE/roles`: a custom policy (times are ms as strings). */
export const fromHuaweiCustomRole = (r: HuaweiCustomRole): Role => {
  const created = msOf(r.created_time);
  const updated = msOf(r.updated_time);
  return {
    id: r.id,
    name: r.name,
    display_name: r.display_name,
    type: r.type,
    description: r.description ?? '',
    ...(r.description_cn ? { description_cn: r.description_cn } : {}),
    catalog: 'custom',
    policy: documentOf(r.policy),
    ...(created !== undefined ? { created_time: created } : {}),
    ...(updated !== undefined ? { updated_time: updated } : {}),
  };
};

/** One row's identity, for de-duplicating rows that two pages both answered. */
export function assignmentKey(a: HuaweiRoleAssignment): string {
  const who = a.group ? `group:${a.group.id}` : a.agency ? `agency:${a.agency.id}` : a.user ? `user:${a.user.id}` : '?';
  const s = a.scope;
  const where = s.project ? `project:${s.project.id}` : s.enterprise_project ? `ep:${s.enterprise_project.id}` : s.domain ? `domain:${s.domain.id}:${a.is_inherited === true}` : '?';
  return `${who}\u0000${a.role.id}\u0000${where}`;
}

/**
 * `RoleAssignmentBody` → the console's assignment: domain scope + `is_inherited` = All resources,
 * domain alone = Global services. A grant to an IAM user directly, or a row without a scope the
 * console knows, has no place in the snapshot: undefined (the caller reports it, never drops it silently).
 */
export function fromHuaweiAssignment(a: HuaweiRoleAssignment): RoleAssignment | undefined {
  const who = a.group ? { group_id: a.group.id } : a.agency ? { agency_id: a.agency.id } : undefined;
  const s = a.scope;
  const scope = s.project ? { project: s.project } : s.enterprise_project ? { enterprise_project: s.enterprise_project } : s.domain ? { domain: s.domain, ...(a.is_inherited ? { inherited_to_projects: true } : {}) } : undefined;
  if (!who || !scope) return undefined;
  return { id: assignmentKey(a), role_id: a.role.id, ...who, scope };
}

/** `AgencyListResult`. */
export const fromHuaweiAgency = (a: HuaweiAgency, domainId: string): Agency => ({
  id: a.id,
  name: a.name,
  domain_id: a.domain_id ?? domainId,
  trust_domain_id: a.trust_domain_id ?? null,
  trust_domain_name: a.trust_domain_name ?? null,
  duration: a.duration ?? null,
  expire_time: a.expire_time ?? null,
  description: a.description ?? '',
  create_time: a.create_time,
});
