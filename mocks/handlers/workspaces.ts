/**
 * ModelArts workspaces: list / create / get / update (version → 409 when stale) / delete (DELETING
 * for `deleteDelayMs`, then gone) and quotas (within min/max, -1 = unlimited).
 * Missing workspace: 404 ModelArts.7005 on the workspace itself, 400 ModelArts.0102 on its quotas.
 */
import { http, HttpResponse } from 'msw';
import {
  createWorkspaceSchema,
  updateWorkspaceQuotasSchema,
  updateWorkspaceSchema,
  workspaceListQuerySchema,
  type Workspace,
  type WorkspaceList,
  type WorkspaceQuota,
} from '@/api/contracts/modelarts';
import { patterns } from '@/api/paths';
import { withAuth, type Caller, type Ctx } from '../auth';
import { deleteDelayMs } from '../faults';
import { badRequest, conflict, HttpError, MA, pageOf, readBody, readQuery, sortList } from '../http';
import { store } from '../store';
import { hex32 } from '../store/ids';
import { defaultQuotas } from '../store/quotas';
import type { QuotaRec, WorkspaceRec } from '../store/types';

export const DEFAULT_WORKSPACE_ID = '0';

export function toApiWorkspace(w: WorkspaceRec): Workspace {
  const users = store.state.users;
  return {
    id: w.id,
    name: w.name,
    description: w.description,
    owner: w.owner,
    owner_name: users.get(w.owner)?.name ?? w.owner,
    enterprise_project_id: w.enterpriseProjectId,
    enterprise_project_name: store.state.enterpriseProjects.find((e) => e.id === w.enterpriseProjectId)?.name ?? '',
    auth_type: w.authType,
    grants: w.grants.map((g) => ({ user_id: g.userId, user_name: users.get(g.userId)?.name ?? g.userId })),
    status: w.status,
    ...(w.status === 'DELETING' ? { status_info: 'The workspace and its resources are being deleted.' } : {}),
    create_time: w.createTime,
    update_time: w.updateTime,
    version: w.version,
  };
}

function toApiQuota(q: QuotaRec): WorkspaceQuota {
  return {
    resource: q.resource,
    quota: q.quota,
    min_quota: q.minQuota,
    max_quota: q.maxQuota,
    used_quota: q.usedQuota,
    name_en: q.nameEn,
    name_cn: q.nameCn,
    unit_en: q.unitEn,
    unit_cn: q.unitCn,
    update_time: q.updateTime,
  };
}

/** The engine's workspace rule (layer 4): PUBLIC everyone; PRIVATE owner and root; INTERNAL also its grants. */
export function canAccessWorkspace(w: WorkspaceRec, caller: Caller): boolean {
  if (caller.isRoot || w.authType === 'PUBLIC' || w.owner === caller.id) return true;
  return w.authType === 'INTERNAL' && w.grants.some((g) => g.userId === caller.id);
}

const withETag = (w: WorkspaceRec, init: ResponseInit = {}) => HttpResponse.json(toApiWorkspace(w), { ...init, headers: { ETag: `"${w.version}"` } });

function existing(ctx: Ctx, code: string = MA.workspaceNotFound): WorkspaceRec {
  const w = store.state.workspaces.get(ctx.params.workspaceId!);
  if (!w) {
    const message = `The workspace ${ctx.params.workspaceId} does not exist.`;
    throw code === MA.workspaceNotFound ? new HttpError(404, code, message) : badRequest(message, code);
  }
  return w;
}

function notDeleting(w: WorkspaceRec): void {
  if (w.status === 'DELETING') throw badRequest(`The workspace ${w.name} is being deleted.`, MA.workspaceAbnormal);
}

function checkName(name: string, except?: string): void {
  const lower = name.toLowerCase();
  for (const w of store.state.workspaces.values()) {
    if (w.id !== except && w.name.toLowerCase() === lower) throw badRequest(`Invalid parameter "name": a workspace named ${name} already exists.`);
  }
}

function resolveGrants(grants: ReadonlyArray<{ user_id?: string | undefined; user_name?: string | undefined }>): Array<{ userId: string }> {
  const out: Array<{ userId: string }> = [];
  for (const [i, g] of grants.entries()) {
    const user = g.user_id ? store.state.users.get(g.user_id) : store.userByName(g.user_name!);
    if (!user) throw badRequest(`Invalid parameter "grants[${i}]": no user ${g.user_id ?? g.user_name}.`);
    if (!out.some((x) => x.userId === user.id)) out.push({ userId: user.id });
  }
  return out;
}

/** The workspace named in the path (404 if missing) is the one the engine evaluates. */
const onWorkspace = (action: string, code?: string) => ({
  action,
  before: (ctx: Ctx) => void existing(ctx, code),
  scope: (ctx: Ctx) => ({ workspaceId: ctx.params.workspaceId! }),
});

export const workspaceHandlers = [
  http.get(
    patterns.workspaces,
    withAuth(
      { action: (ctx) => (ctx.url.searchParams.get('filter_accessible') === 'true' ? null : 'modelarts:workspace:list') },
      ({ url, caller }) => {
        const q = readQuery(url, workspaceListQuerySchema);
        const primary =
          q.sort_by === 'update_time' ? ((w: WorkspaceRec) => w.updateTime) : q.sort_by === 'status' ? ((w: WorkspaceRec) => w.status) : ((w: WorkspaceRec) => w.name.toLowerCase());
        let rows = sortList(store.state.workspaces.values(), primary, q.order, (w) => w.id);
        if (q.filter_accessible) rows = rows.filter((w) => w.status !== 'DELETING' && canAccessWorkspace(w, caller));
        if (q.enterprise_project_id) rows = rows.filter((w) => w.enterpriseProjectId === q.enterprise_project_id);
        if (q.name) {
          const needle = q.name.toLowerCase();
          rows = rows.filter((w) => w.name.toLowerCase().includes(needle));
        }
        const page = pageOf(rows, q.offset, q.limit);
        const reply: WorkspaceList = { total_count: rows.length, count: page.length, workspaces: page.map(toApiWorkspace) };
        return HttpResponse.json(reply);
      },
    ),
  ),

  http.post(
    patterns.workspaces,
    withAuth(
      {
        action: 'modelarts:workspace:create',
        scope: async (ctx) => {
          // Any JSON (null, an array…) may arrive here: read the field only from an object.
          const body: unknown = await ctx.request.clone().json().catch(() => null);
          const ep = typeof body === 'object' && body !== null ? (body as { enterprise_project_id?: unknown }).enterprise_project_id : undefined;
          return { enterpriseProjectId: typeof ep === 'string' ? ep : '0' };
        },
      },
      async ({ request, caller }) => {
        const b = await readBody(request, createWorkspaceSchema);
        const ep = store.state.enterpriseProjects.find((e) => e.id === b.enterprise_project_id);
        if (!ep || ep.status !== 1) throw badRequest(`Invalid parameter "enterprise_project_id": no enabled enterprise project ${b.enterprise_project_id}.`);
        checkName(b.name);
        const grants = b.auth_type === 'INTERNAL' ? resolveGrants(b.grants) : [];
        const now = store.now();
        const w: WorkspaceRec = {
          id: hex32(),
          name: b.name,
          enterpriseProjectId: ep.id,
          authType: b.auth_type,
          owner: caller.id,
          grants,
          description: b.description,
          status: 'NORMAL',
          createTime: now,
          updateTime: now,
          version: 1,
          quotas: defaultQuotas(now),
        };
        store.mutate((s) => s.workspaces.set(w.id, w));
        return withETag(w, { status: 201 });
      },
    ),
  ),

  http.get(
    patterns.workspace,
    withAuth(onWorkspace('modelarts:workspace:get'), (ctx) => withETag(existing(ctx))),
  ),

  http.put(
    patterns.workspace,
    withAuth(onWorkspace('modelarts:workspace:update'), async (ctx) => {
      const w = existing(ctx);
      const b = await readBody(ctx.request, updateWorkspaceSchema);
      notDeleting(w);
      const ifMatch = ctx.request.headers.get('If-Match')?.replace(/^W\//, '').replace(/"/g, '');
      const expected = b.version ?? (ifMatch ? Number(ifMatch) : undefined);
      if (expected !== undefined && expected !== w.version) {
        throw conflict(`The workspace was changed by someone else (version ${w.version}, yours ${expected}): reload it and try again.`);
      }
      if (w.id === DEFAULT_WORKSPACE_ID && b.name !== undefined && b.name !== w.name) {
        throw badRequest('The name of the default workspace cannot be modified.', MA.defaultWorkspaceImmutable);
      }
      if (b.name !== undefined) checkName(b.name, w.id);
      const authType = b.auth_type ?? w.authType;
      const grants = authType !== 'INTERNAL' ? [] : b.grants ? resolveGrants(b.grants) : w.grants;
      store.mutate(() => {
        if (b.name !== undefined) w.name = b.name;
        if (b.description !== undefined) w.description = b.description;
        w.authType = authType;
        w.grants = grants;
        w.version += 1;
        w.updateTime = store.now();
      });
      return withETag(w);
    }),
  ),

  http.delete(
    patterns.workspace,
    withAuth(onWorkspace('modelarts:workspace:delete'), (ctx) => {
      const w = existing(ctx);
      if (w.id === DEFAULT_WORKSPACE_ID) throw badRequest('The default workspace cannot be deleted.', MA.defaultWorkspaceImmutable);
      if (w.status !== 'DELETING') {
        store.mutate(() => {
          w.status = 'DELETING';
          w.deleteAt = store.now() + deleteDelayMs();
          w.updateTime = store.now();
        });
      }
      return HttpResponse.json({ workspace_id: w.id });
    }),
  ),

  http.get(
    patterns.workspaceQuotas,
    withAuth(onWorkspace('modelarts:workspace:getQuotas', MA.workspaceMissing), (ctx) =>
      HttpResponse.json({ quotas: existing(ctx, MA.workspaceMissing).quotas.map(toApiQuota) }),
    ),
  ),

  http.put(
    patterns.workspaceQuotas,
    withAuth(onWorkspace('modelarts:workspace:updateQuotas', MA.workspaceMissing), async (ctx) => {
      const w = existing(ctx, MA.workspaceMissing);
      const b = await readBody(ctx.request, updateWorkspaceQuotasSchema);
      notDeleting(w);
      const changes: Array<[QuotaRec, number]> = [];
      for (const [i, item] of b.quotas.entries()) {
        const q = w.quotas.find((x) => x.resource === item.resource);
        if (!q) throw badRequest(`Invalid parameter "quotas[${i}].resource": unknown resource ${item.resource}.`);
        if (item.quota !== -1 && (item.quota < q.minQuota || item.quota > q.maxQuota)) {
          throw badRequest(`Invalid parameter "quotas[${i}].quota": ${item.resource} must be between ${q.minQuota} and ${q.maxQuota}, or -1 for unlimited.`);
        }
        changes.push([q, item.quota]);
      }
      const now = store.now();
      store.mutate(() => {
        for (const [q, quota] of changes) {
          q.quota = quota;
          q.updateTime = now;
        }
      });
      return HttpResponse.json({ quotas: w.quotas.map(toApiQuota) });
    }),
  ),
];
