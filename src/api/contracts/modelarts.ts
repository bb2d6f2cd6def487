/** ModelArts API contracts (api.md "ModelArts"): authorizations, agency, auth mode, workspaces. */
import { z } from 'zod';

export const userTypeSchema = z.enum(['iam', 'federate', 'grant', 'all-users']);
export type UserType = z.infer<typeof userTypeSchema>;

/** One row of Global Configuration, as `GET /v2/{project_id}/authorizations` returns it. */
export const authorizationSchema = z.object({
  user_id: z.string(),
  user_name: z.string().nullable(),
  user_type: userTypeSchema,
  type: z.enum(['agency', 'credential']),
  content: z.string(),
  create_time: z.number(),
});
export type Authorization = z.infer<typeof authorizationSchema>;

export const authorizationListSchema = z.object({
  total_count: z.number(),
  auth: z.array(authorizationSchema),
});
export type AuthorizationList = z.infer<typeof authorizationListSchema>;

export const authorizationListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(1000),
  offset: z.coerce.number().int().min(0).default(0),
  sort_by: z.enum(['user_name', 'create_time']).default('user_name'),
  order: z.enum(['asc', 'desc']).default('asc'),
  /** ours: case-insensitive search on the user name. */
  search: z.string().max(64).optional(),
});
export type AuthorizationListQuery = z.input<typeof authorizationListQuerySchema>;

/** Body of POST and PUT `/v2/{project_id}/authorizations`. */
export const createAuthorizationSchema = z
  .object({
    user_id: z.string().min(1).max(64).optional(),
    user_name: z.string().min(1).max(64).optional(),
    user_type: userTypeSchema.default('iam'),
    type: z.enum(['agency', 'credential']).default('agency'),
    content: z.string().min(1, 'content is required').max(64),
    secret_key: z
      .string()
      .regex(/^[A-Za-z0-9]{40}$/, 'secret_key must be exactly 40 letters or digits')
      .optional(),
  })
  .superRefine((b, ctx) => {
    if (b.user_type === 'iam' && !b.user_id) ctx.addIssue({ code: 'custom', path: ['user_id'], message: 'user_id is required for an IAM user' });
    if (b.user_type === 'grant' && !b.user_id) ctx.addIssue({ code: 'custom', path: ['user_id'], message: 'user_id (the agency id) is required for an agency' });
    if (b.user_type === 'federate' && !b.user_name) ctx.addIssue({ code: 'custom', path: ['user_name'], message: 'user_name is required for a federated user' });
    if (b.user_type === 'all-users' && b.user_id !== undefined && b.user_id !== 'all') ctx.addIssue({ code: 'custom', path: ['user_id'], message: 'user_id must be "all" for all users' });
    if (b.type === 'credential' && !b.secret_key) ctx.addIssue({ code: 'custom', path: ['secret_key'], message: 'secret_key is required for an AK/SK authorization' });
    if (b.type === 'agency' && b.secret_key !== undefined) ctx.addIssue({ code: 'custom', path: ['secret_key'], message: 'secret_key is only for an AK/SK authorization' });
  });
export type CreateAuthorizationBody = z.input<typeof createAuthorizationSchema>;

export const resultSchema = z.object({ result: z.boolean() });

/** POST `/v2/{project_id}/agency`. */
export const createModelArtsAgencySchema = z.object({ agency_name_suffix: z.string().max(50).optional() });
export const modelArtsAgencyResponseSchema = z.object({ agency_name: z.string() });

/** GET / PUT `/v1/auth-mode`. */
export const authModeSchema = z.enum(['strict', 'loose']);
export type AuthModeValue = z.infer<typeof authModeSchema>;
export const authModeResponseSchema = z.object({ domain_id: z.string(), mode: authModeSchema });
export const updateAuthModeSchema = z.object({ mode: authModeSchema });

// ---------- Workspaces ----------
export const WORKSPACE_NAME_PATTERN = /^[A-Za-z0-9\u4e00-\u9fa5_-]{4,64}$/;
export const workspaceAuthTypeSchema = z.preprocess(
  (v) => (typeof v === 'string' ? v.toUpperCase() : v),
  z.enum(['PUBLIC', 'PRIVATE', 'INTERNAL']),
);
export const workspaceGrantSchema = z
  .object({ user_id: z.string().min(1).optional(), user_name: z.string().min(1).optional() })
  .refine((g) => g.user_id || g.user_name, 'A grant needs user_id or user_name');

export const workspaceStatusSchema = z.enum(['CREATE_FAILED', 'NORMAL', 'DELETING', 'DELETE_FAILED']);

export const workspaceSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  /** The owner's user id (the engine's snapshot uses ids). */
  owner: z.string(),
  /** ours: the owner's user name, for display. */
  owner_name: z.string().optional(),
  enterprise_project_id: z.string(),
  enterprise_project_name: z.string(),
  auth_type: z.enum(['PUBLIC', 'PRIVATE', 'INTERNAL']),
  grants: z.array(z.object({ user_id: z.string(), user_name: z.string() })),
  status: workspaceStatusSchema,
  status_info: z.string().optional(),
  create_time: z.number(),
  update_time: z.number(),
  /** Optimistic concurrency: send it back on PUT; a stale one → 409. */
  version: z.number(),
});
export type Workspace = z.infer<typeof workspaceSchema>;

export const workspaceListSchema = z.object({
  total_count: z.number(),
  count: z.number(),
  workspaces: z.array(workspaceSchema),
});
export type WorkspaceList = z.infer<typeof workspaceListSchema>;

export const workspaceListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(1000),
  offset: z.coerce.number().int().min(0).default(0),
  sort_by: z.enum(['name', 'update_time', 'status']).default('name'),
  order: z.enum(['asc', 'desc']).default('desc'),
  name: z.string().min(1).max(64).optional(),
  enterprise_project_id: z.string().optional(),
  filter_accessible: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});
export type WorkspaceListQuery = z.input<typeof workspaceListQuerySchema>;

export const createWorkspaceSchema = z.object({
  name: z
    .string()
    .regex(WORKSPACE_NAME_PATTERN, 'Use 4–64 letters, digits, Chinese characters, hyphens or underscores.')
    .refine((n) => n.toLowerCase() !== 'default', '"default" is reserved.'),
  description: z.string().max(256).default(''),
  enterprise_project_id: z.string().min(1).max(36).default('0'),
  auth_type: workspaceAuthTypeSchema.default('PUBLIC'),
  grants: z.array(workspaceGrantSchema).max(500).default([]),
});
export type CreateWorkspaceBody = z.input<typeof createWorkspaceSchema>;

export const updateWorkspaceSchema = z.object({
  name: createWorkspaceSchema.shape.name.optional(),
  description: z.string().max(256).optional(),
  auth_type: workspaceAuthTypeSchema.optional(),
  grants: z.array(workspaceGrantSchema).max(500).optional(),
  version: z.number().int().optional(),
});
export type UpdateWorkspaceBody = z.input<typeof updateWorkspaceSchema>;

export const workspaceQuotaSchema = z.object({
  resource: z.string(),
  quota: z.number().int(),
  min_quota: z.number().int(),
  max_quota: z.number().int(),
  used_quota: z.number().int(),
  name_en: z.string(),
  name_cn: z.string(),
  unit_en: z.string(),
  unit_cn: z.string(),
  update_time: z.number(),
});
export type WorkspaceQuota = z.infer<typeof workspaceQuotaSchema>;
export const workspaceQuotasSchema = z.object({ quotas: z.array(workspaceQuotaSchema) });
export const updateWorkspaceQuotasSchema = z.object({
  quotas: z.array(z.object({ resource: z.string().min(1), quota: z.number().int().min(-1) })).min(1),
});
