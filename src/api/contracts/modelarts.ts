/** ModelArts API contracts (docs/api.md "ModelArts"): authorizations, agency, auth mode, workspaces. */
import { z } from 'zod/mini';

export const userTypeSchema = z.enum(['iam', 'federate', 'grant', 'all-users']);

/**
 * The all-users row is listed as `all-users` but stored as `all` (docs/snapshot-format.md): the
 * engine's user id of an all-users authorization. Here, not in org-snapshot.ts, so Global
 * Configuration's first load does not bring the snapshot schema for one constant.
 */
export const ALL_USERS_ID = 'all';
export type UserType = z.infer<typeof userTypeSchema>;

/** The engine's user id of an authorization row: ALL_USERS_ID for the all-users row, else its `user_id`. */
export const engineUserId = (row: { user_type: UserType; user_id: string }): string => (row.user_type === 'all-users' ? ALL_USERS_ID : row.user_id);

/** One row of Global Configuration, as `GET /v2/{project_id}/authorizations` returns it. */
export const authorizationSchema = z.object({
  user_id: z.string(),
  user_name: z.nullable(z.string()),
  user_type: userTypeSchema,
  type: z.enum(['agency', 'credential']),
  content: z.string(),
  create_time: z.number(),
  /** ours: the row's version; PUT with another one answers 409 (two tabs never overwrite each other). */
  version: z.optional(z.number()),
});
export type Authorization = z.infer<typeof authorizationSchema>;

export const authorizationListSchema = z.object({
  total_count: z.number(),
  auth: z.array(authorizationSchema),
});
export type AuthorizationList = z.infer<typeof authorizationListSchema>;

export const authorizationListQuerySchema = z.object({
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(1000)), 1000),
  offset: z._default(z.coerce.number().check(z.int(), z.minimum(0)), 0),
  sort_by: z._default(z.enum(['user_name', 'create_time']), 'user_name'),
  order: z._default(z.enum(['asc', 'desc']), 'asc'),
  /** ours: case-insensitive search on the user name. */
  search: z.optional(z.string().check(z.maxLength(64))),
});
export type AuthorizationListQuery = z.input<typeof authorizationListQuerySchema>;

/** Body of POST and PUT `/v2/{project_id}/authorizations`. */
export const createAuthorizationSchema = z
  .object({
    user_id: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
    user_name: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
    user_type: z._default(userTypeSchema, 'iam'),
    type: z._default(z.enum(['agency', 'credential']), 'agency'),
    content: z.string().check(z.minLength(1, 'content is required'), z.maxLength(64)),
    secret_key: z.optional(z.string().check(z.regex(/^[A-Za-z0-9]{40}$/, 'secret_key must be exactly 40 letters or digits'))),
    /** ours, PUT: the version the change was made on (stale → 409 ModelArts.0409). */
    version: z.optional(z.number().check(z.int(), z.minimum(1))),
  })
  .check(
    z.superRefine((b, ctx) => {
      if (b.user_type === 'iam' && !b.user_id) ctx.addIssue({ code: 'custom', path: ['user_id'], message: 'user_id is required for an IAM user' });
      if (b.user_type === 'grant' && !b.user_id) ctx.addIssue({ code: 'custom', path: ['user_id'], message: 'user_id (the agency id) is required for an agency' });
      if (b.user_type === 'federate' && !b.user_name) ctx.addIssue({ code: 'custom', path: ['user_name'], message: 'user_name is required for a federated user' });
      if (b.user_type === 'all-users' && b.user_id !== undefined && b.user_id !== 'all') ctx.addIssue({ code: 'custom', path: ['user_id'], message: 'user_id must be "all" for all users' });
      if (b.type === 'credential' && !b.secret_key) ctx.addIssue({ code: 'custom', path: ['secret_key'], message: 'secret_key is required for an AK/SK authorization' });
      if (b.type === 'agency' && b.secret_key !== undefined) ctx.addIssue({ code: 'custom', path: ['secret_key'], message: 'secret_key is only for an AK/SK authorization' });
    }),
  );
export type CreateAuthorizationBody = z.input<typeof createAuthorizationSchema>;

export const resultSchema = z.object({ result: z.boolean() });

/** POST `/v2/{project_id}/agency`. */
export const createModelArtsAgencySchema = z.object({ agency_name_suffix: z.optional(z.string().check(z.maxLength(50))) });
export const modelArtsAgencyResponseSchema = z.object({ agency_name: z.string() });

/** GET / PUT `/v1/auth-mode`. */
export const authModeSchema = z.enum(['strict', 'loose']);
export type AuthModeValue = z.infer<typeof authModeSchema>;
export const authModeResponseSchema = z.object({ domain_id: z.string(), mode: authModeSchema });
export const updateAuthModeSchema = z.object({ mode: authModeSchema });

// ---------- Workspaces ----------
export const WORKSPACE_NAME_PATTERN = /^[A-Za-z0-9\u4e00-\u9fa5_-]{4,64}$/;
export const workspaceAuthTypeSchema = z.pipe(
  z.transform((v: unknown) => (typeof v === 'string' ? v.toUpperCase() : v)),
  z.enum(['PUBLIC', 'PRIVATE', 'INTERNAL']),
);
export const workspaceGrantSchema = z
  .object({ user_id: z.optional(z.string().check(z.minLength(1))), user_name: z.optional(z.string().check(z.minLength(1))) })
  .check(z.refine((g) => g.user_id || g.user_name, 'A grant needs user_id or user_name'));

export const workspaceStatusSchema = z.enum(['CREATE_FAILED', 'NORMAL', 'DELETING', 'DELETE_FAILED']);

export const workspaceSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  /** The owner's user id (the engine's snapshot uses ids). */
  owner: z.string(),
  /** ours: the owner's user name, for display. */
  owner_name: z.optional(z.string()),
  enterprise_project_id: z.string(),
  enterprise_project_name: z.string(),
  auth_type: z.enum(['PUBLIC', 'PRIVATE', 'INTERNAL']),
  grants: z.array(z.object({ user_id: z.string(), user_name: z.string() })),
  status: workspaceStatusSchema,
  status_info: z.optional(z.string()),
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
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(1000)), 1000),
  offset: z._default(z.coerce.number().check(z.int(), z.minimum(0)), 0),
  sort_by: z._default(z.enum(['name', 'update_time', 'status']), 'name'),
  order: z._default(z.enum(['asc', 'desc']), 'desc'),
  name: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  enterprise_project_id: z.optional(z.string()),
  filter_accessible: z.pipe(
    z._default(z.enum(['true', 'false']), 'false'),
    z.transform((v) => v === 'true'),
  ),
});
export type WorkspaceListQuery = z.input<typeof workspaceListQuerySchema>;

export const createWorkspaceSchema = z.object({
  name: z
    .string()
    .check(
      z.regex(WORKSPACE_NAME_PATTERN, 'Use 4–64 letters, digits, Chinese characters, hyphens or underscores.'),
      z.refine((n) => n.toLowerCase() !== 'default', '"default" is reserved.'),
    ),
  description: z._default(z.string().check(z.maxLength(256)), ''),
  enterprise_project_id: z._default(z.string().check(z.minLength(1), z.maxLength(36)), '0'),
  auth_type: z._default(workspaceAuthTypeSchema, 'PUBLIC'),
  grants: z._default(z.array(workspaceGrantSchema).check(z.maxLength(500)), []),
});
export type CreateWorkspaceBody = z.input<typeof createWorkspaceSchema>;

export const updateWorkspaceSchema = z.object({
  name: z.optional(createWorkspaceSchema.shape.name),
  description: z.optional(z.string().check(z.maxLength(256))),
  auth_type: z.optional(workspaceAuthTypeSchema),
  grants: z.optional(z.array(workspaceGrantSchema).check(z.maxLength(500))),
  version: z.optional(z.number().check(z.int())),
});
export type UpdateWorkspaceBody = z.input<typeof updateWorkspaceSchema>;

export const workspaceQuotaSchema = z.object({
  resource: z.string(),
  quota: z.number().check(z.int()),
  min_quota: z.number().check(z.int()),
  max_quota: z.number().check(z.int()),
  used_quota: z.number().check(z.int()),
  name_en: z.string(),
  name_cn: z.string(),
  unit_en: z.string(),
  unit_cn: z.string(),
  update_time: z.number(),
});
export type WorkspaceQuota = z.infer<typeof workspaceQuotaSchema>;
export const workspaceQuotasSchema = z.object({ quotas: z.array(workspaceQuotaSchema) });
export const updateWorkspaceQuotasSchema = z.object({
  quotas: z.array(z.object({ resource: z.string().check(z.minLength(1)), quota: z.number().check(z.int(), z.minimum(-1)) })).check(z.minLength(1)),
});
