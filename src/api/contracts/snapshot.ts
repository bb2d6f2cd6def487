/**
 * The organisation snapshot (docs/snapshot-format.md): what Export writes, Import reads and the engine evaluates.
 * Structurally identical to `Snapshot` in src/iam/model.ts (src/api may not import the engine).
 */
import { z } from 'zod/mini';
import { en } from 'zod/locales';

export const SNAPSHOT_FORMAT = 'modelarts-console-snapshot';
/** Version 2: each authorization names its region project (`projectId`); version 1 rows belong to the default region. */
export const SNAPSHOT_VERSION = 2;
/** Versions Import still reads (docs/snapshot-format.md). */
export const SNAPSHOT_VERSIONS = [1, 2] as const;
/** The region a version-1 authorization belongs to: this project if the snapshot has it, else its first project. */
export const DEFAULT_REGION_PROJECT_ID = 'p-cn-north-4';

const id = z.string().check(z.minLength(1));
const scopeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('all') }),
  z.object({ type: z.literal('global') }),
  z.object({ type: z.literal('projects'), ids: z.array(id).check(z.minLength(1)) }),
  z.object({ type: z.literal('enterpriseProjects'), ids: z.array(id).check(z.minLength(1)) }),
]);

/**
 * ours, optional: how a snapshot was collected from a real account (`npm run collect`): each API
 * call with its outcome. `complete: false` means some data could not be read; the console shows
 * the calls before an import and marks answers that rest on such data (docs/snapshot-format.md).
 */
export const collectionCallSchema = z.object({
  name: z.string(),
  method: z.string(),
  path: z.string(),
  region: z.optional(z.string()),
  status: z.enum(['ok', 'partial', 'denied', 'failed']),
  httpStatus: z.optional(z.number()),
  count: z.optional(z.number()),
  permission: z.optional(z.string()),
  message: z.optional(z.string()),
});
export type CollectionCall = z.infer<typeof collectionCallSchema>;
export const collectionSchema = z.object({
  tool: z.string(),
  collectedAt: z.string(),
  complete: z.boolean(),
  regions: z.array(z.string()),
  calls: z.array(collectionCallSchema),
});
export type CollectionReport = z.infer<typeof collectionSchema>;

export const snapshotSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT, { message: `format must be "${SNAPSHOT_FORMAT}"` }),
  version: z.literal(SNAPSHOT_VERSIONS, { message: `Unsupported snapshot version: this console reads versions ${SNAPSHOT_VERSIONS.join(' and ')}` }),
  domain: z.object({ id, name: id }),
  authMode: z.enum(['strict', 'loose']),
  workspaceEnabled: z.boolean(),
  projects: z.array(z.looseObject({ id, name: z.string() })),
  enterpriseProjects: z.array(z.looseObject({ id, name: z.string() })),
  users: z.array(
    z.looseObject({
      id,
      name: id,
      type: z.enum(['iam', 'federate']),
      root: z.optional(z.boolean()),
      groups: z.array(id),
    }),
  ),
  groups: z.array(z.looseObject({ id, name: id })),
  policies: z.array(
    z.looseObject({
      id,
      name: id,
      type: z.enum(['system', 'custom']),
      description: z.optional(z.string()),
      document: z.looseObject({ Version: z.string(), Statement: z.array(z.looseObject({})) }),
    }),
  ),
  attachments: z.array(
    z.object({
      principal: z.object({ type: z.enum(['group', 'agency']), id }),
      policyId: id,
      scope: scopeSchema,
    }),
  ),
  agencies: z.array(
    z.looseObject({
      id,
      name: id,
      delegate: z.optional(z.string()),
      duration: z.optional(z.string()),
      description: z.optional(z.string()),
    }),
  ),
  authorizations: z.array(
    z.looseObject({
      userId: id,
      userName: z.optional(z.nullable(z.string())),
      userType: z.enum(['iam', 'federate', 'grant', 'all-users']),
      type: z.enum(['agency', 'credential']),
      content: id,
      createTime: z.optional(z.number()),
      /** Version 2: the region project of the authorization (required there; absent in version 1). */
      projectId: z.optional(id),
    }),
  ),
  workspaces: z.array(
    z.looseObject({
      id,
      name: id,
      enterpriseProjectId: id,
      authType: z.enum(['PUBLIC', 'PRIVATE', 'INTERNAL']),
      owner: id,
      grants: z.array(z.object({ userId: id })),
      description: z.optional(z.string()),
    }),
  ),
  collection: z.optional(collectionSchema),
});
type ParsedSnapshot = z.infer<typeof snapshotSchema>;
type ParsedAuthorization = ParsedSnapshot['authorizations'][number];
/** A snapshot as the console holds it: the current version, every authorization with its region. */
export type SnapshotDocument = Omit<ParsedSnapshot, 'version' | 'authorizations'> & {
  version: typeof SNAPSHOT_VERSION;
  authorizations: Array<ParsedAuthorization & { projectId: string }>;
};

/** A problem found in a snapshot: the JSON path (`$.users[3].groups[0]`) and what is wrong. */
export interface SnapshotProblem {
  path: string;
  message: string;
}

const englishMessages = en().localeError;

const pathOf = (segments: Array<string | number>) =>
  '$' + segments.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('');

/**
 * Validates shape, unique ids and every reference. Returns the snapshot or the first problem
 * (docs/snapshot-format.md: "rejected with the JSON path of the first broken reference").
 */
export function checkSnapshot(input: unknown): { ok: true; snapshot: SnapshotDocument } | { ok: false; problem: SnapshotProblem } {
  // Its messages are shown as they are (Settings → Import): English wording, which zod/mini leaves out by default.
  const parsed = snapshotSchema.safeParse(input, { error: englishMessages });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, problem: { path: pathOf(issue.path as Array<string | number>), message: issue.message } };
  }
  const v = parsed.data;
  // Version 1 had no regions: its authorizations belong to the default region.
  const defaultRegion = v.projects.some((p) => p.id === DEFAULT_REGION_PROJECT_ID) ? DEFAULT_REGION_PROJECT_ID : v.projects[0]?.id;
  for (const [i, a] of v.authorizations.entries()) {
    if (a.projectId !== undefined) continue;
    if (v.version === 2) return { ok: false, problem: { path: pathOf(['authorizations', i, 'projectId']), message: 'Required: the region project of the authorization' } };
    if (defaultRegion === undefined) return { ok: false, problem: { path: pathOf(['authorizations', i]), message: 'A version 1 authorization belongs to the default region, but the snapshot has no projects' } };
  }
  const s: SnapshotDocument = {
    ...v,
    version: SNAPSHOT_VERSION,
    authorizations: v.authorizations.map((a) => ({ ...a, projectId: a.projectId ?? defaultRegion! })),
  };
  const collections = ['projects', 'enterpriseProjects', 'users', 'groups', 'policies', 'agencies', 'workspaces'] as const;
  for (const c of collections) {
    const seen = new Set<string>();
    for (const [i, item] of s[c].entries()) {
      if (seen.has(item.id)) return { ok: false, problem: { path: pathOf([c, i, 'id']), message: `Duplicate id "${item.id}" in ${c}` } };
      seen.add(item.id);
    }
  }
  const ids = (c: (typeof collections)[number]) => new Set(s[c].map((x) => x.id));
  const groups = ids('groups');
  const policies = ids('policies');
  const agencies = ids('agencies');
  const users = ids('users');
  const eps = ids('enterpriseProjects');
  const projects = ids('projects');
  const agencyNames = new Set(s.agencies.map((a) => a.name));
  const broken = (segments: Array<string | number>, what: string, value: string) => ({
    ok: false as const,
    problem: { path: pathOf(segments), message: `Unknown ${what} "${value}"` },
  });
  for (const [i, u] of s.users.entries())
    for (const [j, g] of u.groups.entries()) if (!groups.has(g)) return broken(['users', i, 'groups', j], 'group', g);
  for (const [i, a] of s.attachments.entries()) {
    if (!policies.has(a.policyId)) return broken(['attachments', i, 'policyId'], 'policy', a.policyId);
    const pool = a.principal.type === 'group' ? groups : agencies;
    if (!pool.has(a.principal.id)) return broken(['attachments', i, 'principal', 'id'], a.principal.type, a.principal.id);
    if (a.scope.type === 'projects')
      for (const [j, p] of a.scope.ids.entries()) if (!projects.has(p)) return broken(['attachments', i, 'scope', 'ids', j], 'project', p);
    if (a.scope.type === 'enterpriseProjects')
      for (const [j, p] of a.scope.ids.entries()) if (!eps.has(p)) return broken(['attachments', i, 'scope', 'ids', j], 'enterprise project', p);
  }
  for (const [i, a] of s.authorizations.entries()) {
    if (a.type === 'agency' && !agencyNames.has(a.content)) return broken(['authorizations', i, 'content'], 'agency', a.content);
    if (a.userType === 'iam' && !users.has(a.userId)) return broken(['authorizations', i, 'userId'], 'user', a.userId);
    if (a.userType === 'grant' && !agencies.has(a.userId)) return broken(['authorizations', i, 'userId'], 'agency', a.userId);
    if (!projects.has(a.projectId)) return broken(['authorizations', i, 'projectId'], 'project', a.projectId);
  }
  for (const [i, w] of s.workspaces.entries()) {
    if (!eps.has(w.enterpriseProjectId)) return broken(['workspaces', i, 'enterpriseProjectId'], 'enterprise project', w.enterpriseProjectId);
    if (!users.has(w.owner)) return broken(['workspaces', i, 'owner'], 'user', w.owner);
    for (const [j, g] of w.grants.entries()) if (!users.has(g.userId)) return broken(['workspaces', i, 'grants', j, 'userId'], 'user', g.userId);
  }
  return { ok: true, snapshot: s };
}
