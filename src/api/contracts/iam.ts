/** IAM and enterprise-project API contracts (docs/api.md "IAM and enterprise projects"), Huawei IAM v3 shapes. */
import { z } from 'zod/mini';
import { AGENCY_DURATION_PATTERN, agencyNameSchema } from './common';

// ---------- Tokens ----------
/** POST /v3/auth/tokens — simplified password-less demo sign-in by user name (ours). */
export const tokenRequestSchema = z.object({
  auth: z.object({
    identity: z.object({
      methods: z._default(z.array(z.string()), ['password']),
      password: z.object({
        user: z.object({ name: z.string().check(z.minLength(1)), domain: z.optional(z.object({ name: z.string() })) }),
      }),
    }),
  }),
});
export type TokenRequest = z.input<typeof tokenRequestSchema>;
export const tokenResponseSchema = z.object({
  token: z.object({
    expires_at: z.string(),
    user: z.object({ id: z.string(), name: z.string(), domain: z.object({ id: z.string(), name: z.string() }) }),
    /** ours: whether the caller is the root user or in the admin group. */
    is_admin: z.boolean(),
    is_root: z.boolean(),
  }),
});
export type TokenResponse = z.infer<typeof tokenResponseSchema>;

// ---------- Users and groups ----------
export const userSchema = z.object({
  id: z.string(),
  name: z.string(),
  domain_id: z.string(),
  enabled: z.boolean(),
  description: z.string(),
  /** ours: "iam" or "federate"; the account's root user has is_root. */
  type: z._default(z.enum(['iam', 'federate']), 'iam'),
  is_root: z._default(z.boolean(), false),
  is_admin: z._default(z.boolean(), false),
  create_time: z.optional(z.number()),
  /**
   * ours: the ids of the user's groups, only in answers to `GET /v3/users?include=group_ids`
   * (docs/api.md). A gateway without the extension leaves it out.
   */
  group_ids: z.optional(z.array(z.string())),
});
export type User = z.infer<typeof userSchema>;

/** ours: the query parameter that asks `GET /v3/users` to embed every user's group ids (docs/api.md). */
export const INCLUDE_GROUP_IDS = { include: 'group_ids' } as const;
export const userListSchema = z.object({ total_count: z.number(), users: z.array(userSchema) });
export const userResponseSchema = z.object({ user: userSchema });

export const USER_NAME_PATTERN = /^[A-Za-z0-9_\-. ]{1,32}$/;
export const createUserSchema = z.object({
  user: z.object({
    name: z
      .string()
      .check(
        z.minLength(1, 'Enter a user name.'),
        z.maxLength(32, 'A user name can be at most 32 characters.'),
        z.regex(/^[A-Za-z_][A-Za-z0-9_\-. ]*$/, 'Start with a letter or _, then letters, digits, spaces, _ - or .'),
      ),
    description: z._default(z.string().check(z.maxLength(255)), ''),
    enabled: z._default(z.boolean(), true),
    domain_id: z.optional(z.string()),
  }),
});
export type CreateUserBody = z.input<typeof createUserSchema>;

export const groupSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  domain_id: z.string(),
  create_time: z.optional(z.number()),
});
export type Group = z.infer<typeof groupSchema>;
export const groupListSchema = z.object({ total_count: z.number(), groups: z.array(groupSchema) });
/** No markup characters and no control characters (CR, LF, NUL…: a name is one line of text). */
export const GROUP_NAME_PATTERN = /^[^<>&'"\p{Cc}]+$/u;
export const createGroupSchema = z.object({
  group: z.object({
    name: z
      .string()
      .check(
        z.minLength(1, 'Enter a group name.'),
        z.maxLength(64, 'A group name can be at most 64 characters.'),
        z.regex(GROUP_NAME_PATTERN, 'A group name cannot contain < > & \' " or control characters (line breaks, tabs).'),
      ),
    description: z._default(z.string().check(z.maxLength(255)), ''),
    domain_id: z.optional(z.string()),
  }),
});
export type CreateGroupBody = z.input<typeof createGroupSchema>;

// ---------- Roles (system and custom policies) ----------
export const policyDocumentSchema = z.object({
  Version: z.string(),
  Statement: z.array(z.record(z.string(), z.unknown())),
});
export const roleSchema = z.object({
  id: z.string(),
  name: z.string(),
  display_name: z.string(),
  /** AX = global (account level), XA = project-level. */
  type: z.enum(['AX', 'XA', 'AA', 'XX']),
  description: z.string(),
  description_cn: z.optional(z.string()),
  /** ours: "system" or "custom". */
  catalog: z.enum(['system', 'custom']),
  policy: policyDocumentSchema,
  /** ours: how many principals hold it. */
  references: z.optional(z.number()),
  version: z.optional(z.number()),
  created_time: z.optional(z.number()),
  updated_time: z.optional(z.number()),
});
export type Role = z.infer<typeof roleSchema>;
export const roleListSchema = z.object({ total_count: z.number(), roles: z.array(roleSchema) });
export const roleResponseSchema = z.object({ role: roleSchema });
export const createRoleSchema = z.object({
  role: z.object({
    display_name: z.string().check(z.minLength(1, 'Enter a policy name.'), z.maxLength(128, 'A policy name can be at most 128 characters.')),
    type: z.enum(['AX', 'XA']),
    description: z._default(z.string().check(z.maxLength(256)), ''),
    policy: z.object({ Version: z.literal('1.1'), Statement: z.array(z.unknown()).check(z.minLength(1)) }),
  }),
  /** PATCH only: the version the edit started from; a stale one → 409. */
  version: z.optional(z.number().check(z.int())),
});
export type CreateRoleBody = z.input<typeof createRoleSchema>;

// ---------- Grants (role assignments) ----------
export const assignmentScopeSchema = z.union([
  z.object({ domain: z.object({ id: z.string() }), inherited_to_projects: z.optional(z.boolean()) }),
  z.object({ project: z.object({ id: z.string() }) }),
  z.object({ enterprise_project: z.object({ id: z.string() }) }),
]);
export const roleAssignmentSchema = z.object({
  id: z.string(),
  role_id: z.string(),
  group_id: z.optional(z.string()),
  agency_id: z.optional(z.string()),
  /**
   * `{domain, inherited_to_projects: true}` = All resources; `{domain}` = Global services;
   * `{project}` = a region project; `{enterprise_project}` = an enterprise project.
   */
  scope: assignmentScopeSchema,
});
export type RoleAssignment = z.infer<typeof roleAssignmentSchema>;
export const roleAssignmentListSchema = z.object({
  total_count: z.number(),
  role_assignments: z.array(roleAssignmentSchema),
});
export const roleAssignmentQuerySchema = z.object({
  group_id: z.optional(z.string()),
  agency_id: z.optional(z.string()),
  role_id: z.optional(z.string()),
  scope: z.optional(z.enum(['domain', 'project', 'enterprise_project', 'all_resources'])),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(1000)), 1000),
  offset: z._default(z.coerce.number().check(z.int(), z.minimum(0)), 0),
});

// ---------- Agencies ----------
export const agencySchema = z.object({
  id: z.string(),
  name: z.string(),
  domain_id: z.string(),
  trust_domain_id: z.nullable(z.string()),
  trust_domain_name: z.nullable(z.string()),
  /** "FOREVER", "ONEDAY", a number of hours as a string, or null (= permanent). */
  duration: z.nullable(z.string()),
  expire_time: z.nullable(z.string()),
  description: z.string(),
  create_time: z.string(),
});
export type Agency = z.infer<typeof agencySchema>;
export const agencyListSchema = z.object({ total_count: z.number(), agencies: z.array(agencySchema) });
export const agencyResponseSchema = z.object({ agency: agencySchema });
/** Validity period: FOREVER, ONEDAY or a number of hours (null = FOREVER), as IAM replies. */
export const agencyDurationSchema = z.nullable(z.string().check(z.regex(AGENCY_DURATION_PATTERN, 'Use FOREVER, ONEDAY or a number of hours from 1 to 999999.')));
export const createAgencySchema = z.object({
  agency: z.object({
    name: agencyNameSchema,
    domain_id: z.optional(z.string()),
    trust_domain_id: z.optional(z.string()),
    trust_domain_name: z._default(z.string().check(z.minLength(1), z.maxLength(64)), 'op_svc_modelarts'),
    description: z._default(z.string().check(z.maxLength(255)), ''),
    duration: z._default(z.nullable(z.string().check(z.regex(AGENCY_DURATION_PATTERN, 'Use FOREVER, ONEDAY or a number of hours from 1 to 999999.'))), 'FOREVER'),
  }),
});
export type CreateAgencyBody = z.input<typeof createAgencySchema>;
/** PUT /v3.0/OS-AGENCY/agencies/{agency_id}: at least one field; the name cannot change. */
export const updateAgencySchema = z.object({
  agency: z
    .object({
      trust_domain_id: z.optional(z.string()),
      trust_domain_name: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
      description: z.optional(z.string().check(z.maxLength(255))),
      duration: z.optional(agencyDurationSchema),
    })
    .check(z.refine((a) => Object.values(a).some((v) => v !== undefined), 'Give at least one of trust_domain_id, trust_domain_name, description, duration.')),
});
export type UpdateAgencyBody = z.input<typeof updateAgencySchema>;

// ---------- Projects and enterprise projects ----------
export const projectSchema = z.object({ id: z.string(), name: z.string(), description: z.optional(z.string()) });
export type Project = z.infer<typeof projectSchema>;
export const projectListSchema = z.object({ total_count: z.optional(z.number()), projects: z.array(projectSchema) });

export const enterpriseProjectSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.optional(z.string()),
  /** 1 enabled, 2 disabled. */
  status: z.number(),
  type: z.optional(z.enum(['prod', 'poc'])),
});
export type EnterpriseProject = z.infer<typeof enterpriseProjectSchema>;
export const enterpriseProjectListSchema = z.object({
  total_count: z.number(),
  enterprise_projects: z.array(enterpriseProjectSchema),
});
