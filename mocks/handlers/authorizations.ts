/**
 * ModelArts Global Configuration: authorizations (GET/POST/PUT/DELETE `/v2/{project_id}/authorizations`)
 * and the API-users' agency (`POST /v2/{project_id}/agency`). Authorizations are kept per region, as
 * the real service does: every call reads and changes only the rows of the path's project.
 *
 * The all-users row is stored with userId "all" (docs/snapshot-format.md) and listed with `user_id: "all-users"`
 * (as Huawei's sample reply shows), so that `DELETE ?user_id=all-users` removes only that row while
 * `DELETE ?user_id=all` clears every row (docs/api.md).
 */
import { http, HttpResponse } from 'msw';
import { AGENCY_NAME_PATTERN } from '@/api/contracts/common';
import {
  ALL_USERS_ID,
  authorizationListQuerySchema,
  createAuthorizationSchema,
  createModelArtsAgencySchema,
  type Authorization,
  type AuthorizationList,
} from '@/api/contracts/modelarts';
import { patterns } from '@/api/paths';
import { withAuth } from '../auth';
import { badRequest, conflict, HttpError, MA, pageOf, readBody, readQuery, sortList } from '../http';
import { store } from '../store';
import { hex32 } from '../store/ids';
import { authorizationKey, type AuthorizationRec } from '../store/types';

/**
 * The `user_id` the all-users row is listed and deleted by (the wire id). Not the engine's and the
 * store's user id of that row, which is ALL_USERS_ID ("all") of src/api/contracts/modelarts.ts.
 */
const ALL_USERS_WIRE_ID = 'all-users';

/** The name a row shows: the IAM user's current name, else the stored one. */
function displayName(a: AuthorizationRec): string | null {
  if (a.userType === 'all-users') return ALL_USERS_WIRE_ID;
  if (a.userType === 'iam') return store.state.users.get(a.userId)?.name ?? a.userName;
  if (a.userType === 'grant') return store.state.agencies.get(a.userId)?.name ?? a.userName;
  return a.userName;
}

export function toApiAuthorization(a: AuthorizationRec): Authorization {
  return {
    user_id: a.userType === 'all-users' ? ALL_USERS_WIRE_ID : a.userId,
    user_name: displayName(a),
    user_type: a.userType,
    type: a.type,
    content: a.content,
    create_time: a.createTime,
    version: a.version ?? 1,
  };
}

type Body = ReturnType<typeof createAuthorizationSchema.parse>;

/** Which row a POST/PUT body addresses. */
function target(b: Body): Pick<AuthorizationRec, 'userId' | 'userName' | 'userType'> {
  switch (b.user_type) {
    case 'all-users':
      return { userId: ALL_USERS_ID, userName: ALL_USERS_WIRE_ID, userType: 'all-users' };
    case 'iam': {
      const user = store.state.users.get(b.user_id!);
      if (!user || user.type !== 'iam') throw badRequest(`Invalid parameter "user_id": there is no IAM user with id ${b.user_id}.`);
      return { userId: user.id, userName: user.name, userType: 'iam' };
    }
    case 'federate': {
      const name = b.user_name!;
      // user_id may only name this federated user: never an IAM user, an agency or the all-users row.
      if (b.user_id !== undefined) {
        const named = store.state.users.get(b.user_id);
        if ((named && (named.type !== 'federate' || named.name !== name)) || store.state.agencies.has(b.user_id) || b.user_id === ALL_USERS_ID || b.user_id === ALL_USERS_WIRE_ID) {
          throw badRequest(`Invalid parameter "user_id": ${b.user_id} is not the federated user ${name}.`);
        }
      }
      const fed = [...store.state.users.values()].find((u) => u.type === 'federate' && u.name === name);
      return { userId: fed?.id ?? b.user_id ?? name, userName: name, userType: 'federate' };
    }
    case 'grant': {
      const agency = store.state.agencies.get(b.user_id!);
      if (!agency) throw badRequest(`Invalid parameter "user_id": there is no agency with id ${b.user_id}.`);
      return { userId: agency.id, userName: agency.name, userType: 'grant' };
    }
  }
}

function checkContent(b: Body): void {
  if (b.type === 'agency' && !store.agencyByName(b.content)) {
    throw new HttpError(403, MA.agencyInvalid, `IAM agency invalid: no agency named "${b.content}" exists. Create it first.`);
  }
}

function keyOf(projectId: string, t: Pick<AuthorizationRec, 'userId' | 'userType'>): string {
  return authorizationKey(projectId, t.userType === 'all-users' ? ALL_USERS_ID : t.userId);
}

/** The row of the project `user_id` names in a DELETE (id, "all-users", or a federated user's name). */
function findKey(projectId: string, userId: string): string | undefined {
  const rows = store.state.authorizations;
  if (userId === ALL_USERS_WIRE_ID) return rows.has(authorizationKey(projectId, ALL_USERS_ID)) ? authorizationKey(projectId, ALL_USERS_ID) : undefined;
  if (userId !== ALL_USERS_ID && rows.has(authorizationKey(projectId, userId))) return authorizationKey(projectId, userId);
  for (const [key, a] of rows) if (a.projectId === projectId && a.userType === 'federate' && a.userName === userId) return key;
  return undefined;
}

/** The rows of one region project, in insertion order. */
function rowsOf(projectId: string): AuthorizationRec[] {
  return store.cached(`authorizations:${projectId}`, () => [...store.state.authorizations.values()].filter((a) => a.projectId === projectId));
}

export const authorizationHandlers = [
  http.get(
    patterns.authorizations,
    withAuth('signed-in', ({ url, caller, params }) => {
      const q = readQuery(url, authorizationListQuerySchema);
      const projectId = params.projectId!;
      let rows = store.cached(`authorizations:${projectId}:${q.sort_by}:${q.order}`, () =>
        sortList(
          rowsOf(projectId),
          q.sort_by === 'create_time' ? ((a: AuthorizationRec) => a.createTime) : ((a: AuthorizationRec) => displayName(a)?.toLowerCase()),
          q.order,
          (a) => a.userId,
        ),
      );
      if (!caller.isAdmin) {
        rows = rows.filter((a) => a.userType === 'all-users' || a.userId === caller.id || (a.userType === 'federate' && a.userName === caller.name));
      }
      if (q.search) {
        const needle = q.search.toLowerCase();
        rows = rows.filter((a) => (displayName(a) ?? '').toLowerCase().includes(needle));
      }
      const reply: AuthorizationList = { total_count: rows.length, auth: pageOf(rows, q.offset, q.limit).map(toApiAuthorization) };
      return HttpResponse.json(reply);
    }),
  ),

  http.post(
    patterns.authorizations,
    withAuth('admin', async ({ request, params }) => {
      const b = await readBody(request, createAuthorizationSchema);
      const t = target(b);
      checkContent(b);
      const projectId = params.projectId!;
      const key = keyOf(projectId, t);
      if (t.userType !== 'all-users' && store.state.authorizations.has(key)) {
        throw badRequest(`The authorization of user ${t.userName ?? t.userId} already exists in this region: modify it instead.`, MA.authorizationExists);
      }
      store.mutate((s) => {
        s.authorizations.set(key, {
          projectId,
          ...t,
          type: b.type,
          content: b.content,
          ...(b.secret_key ? { secretKey: b.secret_key } : {}),
          createTime: store.now(),
          version: 1,
        });
      });
      return HttpResponse.json({ result: true });
    }),
  ),

  // ours: replaces an existing row's agency (or AK/SK) in one step, so Modify never leaves a gap.
  http.put(
    patterns.authorizations,
    withAuth('admin', async ({ request, params }) => {
      const b = await readBody(request, createAuthorizationSchema);
      const t = target(b);
      const projectId = params.projectId!;
      const key = keyOf(projectId, t);
      const old = store.state.authorizations.get(key);
      if (!old) throw badRequest(`The authorization does not exist: check user_id (${b.user_id ?? b.user_name ?? 'all'}).`, MA.authorizationMissing);
      if (old.userType !== t.userType) {
        throw badRequest(`Invalid parameter "user_type": the authorization of ${old.userName ?? old.userId} is for ${old.userType}; delete it and add a new one to change that.`);
      }
      const version = old.version ?? 1;
      if (b.version !== undefined && b.version !== version) {
        throw conflict(`The authorization was changed by someone else (version ${version}, yours ${b.version}): reload it and apply your change again.`);
      }
      checkContent(b);
      store.mutate((s) => {
        s.authorizations.set(key, {
          projectId,
          ...t,
          type: b.type,
          content: b.content,
          ...(b.secret_key ? { secretKey: b.secret_key } : {}),
          createTime: old.createTime,
          version: version + 1,
          ...(old.extra ? { extra: old.extra } : {}),
        });
      });
      return HttpResponse.json({ result: true });
    }),
  ),

  http.delete(
    patterns.authorizations,
    withAuth('admin', ({ url, params }) => {
      const userId = url.searchParams.get('user_id');
      const projectId = params.projectId!;
      if (!userId) throw badRequest('Parameter "user_id" is required (a user id, "all-users", or "all" to clear every authorization of the region).', MA.required);
      if (userId === 'all') {
        store.mutate((s) => {
          for (const [key, a] of s.authorizations) if (a.projectId === projectId) s.authorizations.delete(key);
        });
        return HttpResponse.json({ result: true });
      }
      const key = findKey(projectId, userId);
      if (key === undefined) throw badRequest(`The authorization does not exist: check user_id (${userId}).`, MA.authorizationMissing);
      store.mutate((s) => s.authorizations.delete(key));
      return HttpResponse.json({ result: true });
    }),
  ),

  // CreateModelArtsAgency: for API users; Add Authorization uses the IAM agency API instead.
  http.post(
    patterns.modelArtsAgency,
    withAuth('admin', async ({ request }) => {
      const b = await readBody(request, createModelArtsAgencySchema);
      const name = b.agency_name_suffix ? `ma_agency_${b.agency_name_suffix}` : 'modelarts_agency';
      if (!AGENCY_NAME_PATTERN.test(name)) throw badRequest('Invalid parameter "agency_name_suffix": use letters, digits and _ + = , . @ - only.');
      if (store.agencyByName(name)) throw badRequest(`IAM agency name already exists: ${name}.`, MA.agencyNameExists);
      store.mutate((s) => {
        const id = hex32();
        s.agencies.set(id, { id, name, delegate: 'op_svc_modelarts', duration: 'FOREVER', description: 'Created by ModelArts service.', createTime: store.now() });
      });
      return HttpResponse.json({ agency_name: name });
    }),
  ),
];
