/**
 * Huawei IAM's own list answers (docs/api.md "Huawei's list conventions"), as the official SDK
 * models them (huaweicloud-sdk-go-v3, `services/iam/v3/model`; the model name is given on each
 * schema). The mock backend answers in these shapes to a list request without the console's
 * `limit`/`offset` extension, and `npm run collect` reads them (scripts/collect/adapters.ts turns
 * them into the console's types). The console itself never imports this file.
 *
 * Objects are not strict: a real answer may carry fields the SDK does not model yet.
 */
import { z } from 'zod/mini';

/** `Links` / `LinksSelf`: resource links; the collector does not follow them. */
const linksSchema = z.optional(z.nullable(z.object({ self: z.optional(z.string()), previous: z.optional(z.nullable(z.string())), next: z.optional(z.nullable(z.string())) })));

/** `KeystoneListUsersResult` (GET /v3/users) and `KeystoneUserResult` (GET /v3/groups/{group_id}/users). */
export const huaweiUserSchema = z.object({
  id: z.string(),
  name: z.string(),
  domain_id: z.string(),
  enabled: z.boolean(),
  description: z.optional(z.nullable(z.string())),
  /** "null" (JSON null) = the password never expires. */
  password_expires_at: z.optional(z.nullable(z.string())),
  pwd_status: z.optional(z.nullable(z.boolean())),
  last_project_id: z.optional(z.nullable(z.string())),
  access_mode: z.optional(z.string()),
  links: linksSchema,
});
export type HuaweiUser = z.infer<typeof huaweiUserSchema>;
/**
 * `KeystoneListUsersResponse` / `KeystoneListUsersForGroupByAdminResponse`: every item at once,
 * no paging parameters (`KeystoneListUsersRequest`: domain_id, enabled, name, password_expires_at;
 * `KeystoneListUsersForGroupByAdminRequest`: group_id) and no total.
 */
export const huaweiUserListSchema = z.object({ users: z.array(huaweiUserSchema), links: linksSchema });

/** `KeystoneGroupResult` (GET /v3/groups). */
export const huaweiGroupSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.optional(z.nullable(z.string())),
  domain_id: z.string(),
  create_time: z.optional(z.number()),
  links: linksSchema,
});
export type HuaweiGroup = z.infer<typeof huaweiGroupSchema>;
/** `KeystoneListGroupsResponse`: every group at once (`KeystoneListGroupsRequest`: domain_id, name), no total. */
export const huaweiGroupListSchema = z.object({ groups: z.array(huaweiGroupSchema), links: linksSchema });

/**
 * `RolePolicy`: `Version` "1.1" (a policy) or "1.0" (a role, RBAC); `Statement` items are
 * `PolicyStatement` (Action, Effect, optional Condition and Resource: a 1.0 role has Action and
 * Effect only); a 1.0 role may list `Depends` (`PolicyDepends`: the catalog and display_name of
 * the roles it needs).
 */
const policySchema = z.object({
  Version: z.string(),
  Statement: z.array(z.record(z.string(), z.unknown())),
  Depends: z.optional(z.nullable(z.array(z.object({ catalog: z.optional(z.string()), display_name: z.optional(z.string()) })))),
});

/**
 * `RoleResult` (GET /v3/roles, KeystoneListPermissions): a system permission — a 1.1 policy
 * (`flag: "fine_grained"`) or a 1.0 role. `type` AX/XA/AA/XX; `catalog` the service ("BASE",
 * "ModelArts"…). `policy` is a pointer in the SDK model: a role without one is read, then left
 * out of the snapshot (scripts/collect/convert.ts reports it).
 */
export const huaweiSystemRoleSchema = z.object({
  id: z.string(),
  name: z.string(),
  display_name: z.optional(z.string()),
  type: z.enum(['AX', 'XA', 'AA', 'XX']),
  description: z.optional(z.nullable(z.string())),
  description_cn: z.optional(z.nullable(z.string())),
  catalog: z.optional(z.string()),
  flag: z.optional(z.nullable(z.string())),
  domain_id: z.optional(z.nullable(z.string())),
  policy: z.nullable(policySchema),
  created_time: z.optional(z.nullable(z.string())),
  updated_time: z.optional(z.nullable(z.string())),
  links: linksSchema,
});
export type HuaweiSystemRole = z.infer<typeof huaweiSystemRoleSchema>;
/**
 * `KeystoneListPermissionsResponse`: `total_number` + a page of `roles`. Request
 * (`KeystoneListPermissionsRequest`): `page` ≥ 1 with `per_page` 1–300 (default 300), `domain_id`
 * (given: the account's custom policies instead), `display_name`, `type`, `catalog`, `permission_type`.
 */
export const huaweiSystemRoleListSchema = z.object({ roles: z.array(huaweiSystemRoleSchema), total_number: z.optional(z.number()), links: linksSchema });

/** `ListPolicyRoleResult` (GET /v3.0/OS-ROLE/roles): a custom policy; `catalog` is "CUSTOMED", times are ms as strings. */
export const huaweiCustomRoleSchema = z.object({
  id: z.string(),
  name: z.string(),
  display_name: z.string(),
  type: z.enum(['AX', 'XA']),
  description: z.optional(z.nullable(z.string())),
  description_cn: z.optional(z.nullable(z.string())),
  catalog: z.optional(z.string()),
  domain_id: z.string(),
  policy: policySchema,
  created_time: z.optional(z.nullable(z.string())),
  updated_time: z.optional(z.nullable(z.string())),
  links: linksSchema,
});
export type HuaweiCustomRole = z.infer<typeof huaweiCustomRoleSchema>;
/** `ListCustomPoliciesResponse`: `total_number` + a page of `roles` (`ListCustomPoliciesRequest`: `page` ≥ 1, `per_page` 1–300). */
export const huaweiCustomRoleListSchema = z.object({ roles: z.array(huaweiCustomRoleSchema), total_number: z.optional(z.number()), links: linksSchema });

const idRef = z.object({ id: z.string() });
/**
 * `RoleAssignmentBody` (GET /v3.0/OS-PERMISSION/role-assignments, ShowDomainRoleAssignments): one
 * of `user` / `group` / `agency`; `scope` one of `project` / `domain` / `enterprise_project`
 * (`RoleAssignmentScope`); `is_inherited: true` on a domain scope = All resources.
 */
export const huaweiRoleAssignmentSchema = z.object({
  role: idRef,
  user: z.optional(idRef),
  group: z.optional(idRef),
  agency: z.optional(idRef),
  scope: z.object({ project: z.optional(idRef), domain: z.optional(idRef), enterprise_project: z.optional(idRef) }),
  is_inherited: z.optional(z.boolean()),
});
export type HuaweiRoleAssignment = z.infer<typeof huaweiRoleAssignmentSchema>;
/**
 * `ShowDomainRoleAssignmentsResponse`: `total_num` + a page of `role_assignments`. Request
 * (`ShowDomainRoleAssignmentsRequest`): `domain_id` required; `page` ≥ 1 with `per_page` 1–50.
 */
export const huaweiRoleAssignmentListSchema = z.object({ role_assignments: z.array(huaweiRoleAssignmentSchema), total_num: z.optional(z.number()) });

/** `AgencyListResult` (GET /v3.0/OS-AGENCY/agencies): `duration` "FOREVER", null or hours ("24"). */
export const huaweiAgencySchema = z.object({
  id: z.string(),
  name: z.string(),
  domain_id: z.optional(z.nullable(z.string())),
  trust_domain_id: z.optional(z.nullable(z.string())),
  trust_domain_name: z.optional(z.nullable(z.string())),
  duration: z.optional(z.nullable(z.string())),
  expire_time: z.optional(z.nullable(z.string())),
  description: z.optional(z.nullable(z.string())),
  create_time: z.string(),
  agency_urn: z.optional(z.nullable(z.string())),
});
export type HuaweiAgency = z.infer<typeof huaweiAgencySchema>;
/**
 * `ListAgenciesResponse`: a page of `agencies`, no total. Request (`ListAgenciesRequest`):
 * `domain_id` required; `page` ≥ 1 with `per_page` 1–500; `name`, `trust_domain_id`.
 */
export const huaweiAgencyListSchema = z.object({ agencies: z.array(huaweiAgencySchema) });

/** The largest `per_page` each paged list takes (the request models above). */
export const HUAWEI_PER_PAGE = { systemRoles: 300, customRoles: 300, roleAssignments: 50, agencies: 500 } as const;
