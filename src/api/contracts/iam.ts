/** IAM and enterprise-project API contracts (api.md "IAM and enterprise projects"), Huawei IAM v3 shapes. */
import { z } from 'zod';
import { agencyNameSchema } from './common';

// ---------- Tokens ----------
/** POST /v3/auth/tokens — simplified password-less demo sign-in by user name (ours). */
export const tokenRequestSchema = z.object({
  auth: z.object({
    identity: z.object({
      methods: z.array(z.string()).default(['password']),
      password: z.object({
        user: z.object({ name: z.string().min(1), domain: z.object({ name: z.string() }).optional() }),
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
  type: z.enum(['iam', 'federate']).default('iam'),
  is_root: z.boolean().default(false),
  is_admin: z.boolean().default(false),
  create_time: z.number().optional(),
});
export type User = z.infer<typeof userSchema>;
export const userListSchema = z.object({ total_count: z.number(), users: z.array(userSchema) });
export const userResponseSchema = z.object({ user: userSchema });

export const USER_NAME_PATTERN = /^[A-Za-z0-9_\-. ]{1,32}$/;
export const createUserSchema = z.object({
  user: z.object({
    name: z
      .string()
      .min(1, 'Enter a user name.')
      .max(32, 'A user name can be at most 32 characters.')
      .regex(/^[A-Za-z_][A-Za-z0-9_\-. ]*$/, 'Start with a letter or _, then letters, digits, spaces, _ - or .'),
    description: z.string().max(255).default(''),
    enabled: z.boolean().default(true),
    domain_id: z.string().optional(),
  }),
});
export type CreateUserBody = z.input<typeof createUserSchema>;

export const groupSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  domain_id: z.string(),
  create_time: z.number().optional(),
});
export type Group = z.infer<typeof groupSchema>;
export const groupListSchema = z.object({ total_count: z.number(), groups: z.array(groupSchema) });
export const createGroupSchema = z.object({
  group: z.object({
    name: z
      .string()
      .min(1, 'Enter a group name.')
      .max(64, 'A group name can be at most 64 characters.')
      .regex(/^[^<>&'"]+$/, 'A group name cannot contain < > & \' or "'),
    description: z.string().max(255).default(''),
    domain_id: z.string().optional(),
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
  description_cn: z.string().optional(),
  /** ours: "system" or "custom". */
  catalog: z.enum(['system', 'custom']),
  policy: policyDocumentSchema,
  /** ours: how many principals hold it. */
  references: z.number().optional(),
  version: z.number().optional(),
  created_time: z.number().optional(),
  updated_time: z.number().optional(),
});
export type Role = z.infer<typeof roleSchema>;
export const roleListSchema = z.object({ total_count: z.number(), roles: z.array(roleSchema) });
export const roleResponseSchema = z.object({ role: roleSchema });
export const createRoleSchema = z.object({
  role: z.object({
    display_name: z.string().min(1, 'Enter a policy name.').max(128, 'A policy name can be at most 128 characters.'),
    type: z.enum(['AX', 'XA']),
    description: z.string().max(256).default(''),
    policy: z.object({ Version: z.literal('1.1'), Statement: z.array(z.unknown()).min(1) }),
  }),
  /** PATCH only: the version the edit started from; a stale one → 409. */
  version: z.number().int().optional(),
});
export type CreateRoleBody = z.input<typeof createRoleSchema>;

// ---------- Grants (role assignments) ----------
export const assignmentScopeSchema = z.union([
  z.object({ domain: z.object({ id: z.string() }), inherited_to_projects: z.boolean().optional() }),
  z.object({ project: z.object({ id: z.string() }) }),
  z.object({ enterprise_project: z.object({ id: z.string() }) }),
]);
export const roleAssignmentSchema = z.object({
  id: z.string(),
  role_id: z.string(),
  group_id: z.string().optional(),
  agency_id: z.string().optional(),
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
  group_id: z.string().optional(),
  agency_id: z.string().optional(),
  role_id: z.string().optional(),
  scope: z.enum(['domain', 'project', 'enterprise_project', 'all_resources']).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(1000),
  offset: z.coerce.number().int().min(0).default(0),
});

// ---------- Agencies ----------
export const agencySchema = z.object({
  id: z.string(),
  name: z.string(),
  domain_id: z.string(),
  trust_domain_id: z.string().nullable(),
  trust_domain_name: z.string().nullable(),
  /** "FOREVER", "ONEDAY", a number of hours as a string, or null (= permanent). */
  duration: z.string().nullable(),
  expire_time: z.string().nullable(),
  description: z.string(),
  create_time: z.string(),
});
export type Agency = z.infer<typeof agencySchema>;
export const agencyListSchema = z.object({ total_count: z.number(), agencies: z.array(agencySchema) });
export const agencyResponseSchema = z.object({ agency: agencySchema });
export const createAgencySchema = z.object({
  agency: z.object({
    name: agencyNameSchema,
    domain_id: z.string().optional(),
    trust_domain_id: z.string().optional(),
    trust_domain_name: z.string().max(64).default('op_svc_modelarts'),
    description: z.string().max(255).default(''),
    duration: z.union([z.literal('FOREVER'), z.literal('ONEDAY'), z.string().regex(/^\d+$/), z.null()]).default('FOREVER'),
  }),
});
export type CreateAgencyBody = z.input<typeof createAgencySchema>;

// ---------- Projects and enterprise projects ----------
export const projectSchema = z.object({ id: z.string(), name: z.string(), description: z.string().optional() });
export type Project = z.infer<typeof projectSchema>;
export const projectListSchema = z.object({ total_count: z.number().optional(), projects: z.array(projectSchema) });

export const enterpriseProjectSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().optional(),
  /** 1 enabled, 2 disabled. */
  status: z.number(),
  type: z.enum(['prod', 'poc']).optional(),
});
export type EnterpriseProject = z.infer<typeof enterpriseProjectSchema>;
export const enterpriseProjectListSchema = z.object({
  total_count: z.number(),
  enterprise_projects: z.array(enterpriseProjectSchema),
});
