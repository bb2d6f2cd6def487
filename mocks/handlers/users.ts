/**
 * IAM users (`/v3/users`) and their groups (`/v3/users/{id}/groups`). The caller's own user and
 * groups are open to every signed-in user (shell look-ups, docs/api.md).
 */
import { http, HttpResponse } from 'msw';
import { z } from 'zod/mini';
import { listQuerySchema } from '@/api/contracts/common';
import { createUserSchema, INCLUDE_GROUP_IDS, type Group, type User } from '@/api/contracts/iam';
import { patterns } from '@/api/paths';
import { authorize, withAuth, type Ctx } from '../auth';
import { badRequest, conflict, HttpError, noContent, pageOf, readBody, readQuery, sortList } from '../http';
import { store } from '../store';
import { hex32 } from '../store/ids';
import type { GroupRec, UserRec } from '../store/types';
import { checkDomainFilter, toHuaweiUser, usesConsoleConventions } from './huawei-lists';

export function toApiUser(u: UserRec): User {
  return {
    id: u.id,
    name: u.name,
    domain_id: store.state.domain.id,
    enabled: u.enabled,
    description: u.description,
    type: u.type,
    is_root: u.root,
    is_admin: store.isAdmin(u),
    create_time: u.createTime,
  };
}

export function toApiGroup(g: GroupRec): Group {
  return { id: g.id, name: g.name, description: g.description, domain_id: store.state.domain.id, create_time: g.createTime };
}

export const userListQuerySchema = z.extend(listQuerySchema, {
  sort_by: z._default(z.enum(['name', 'create_time']), 'name'),
  /** Case-insensitive part of the name. */
  name: z.optional(z.string().check(z.maxLength(64))),
  type: z.optional(z.enum(['iam', 'federate'])),
  group_id: z.optional(z.string()),
  /** ours (docs/api.md): `group_ids` embeds every listed user's group ids (one request for all memberships). */
  include: z.optional(z.literal(INCLUDE_GROUP_IDS.include)),
});

export function findUser(id: string): UserRec {
  const u = store.state.users.get(id);
  if (!u) throw new HttpError(404, '404', `Could not find user: ${id}.`);
  return u;
}

const huaweiQuerySchema = z.object({ name: z.optional(z.string()), enabled: z.optional(z.enum(['true', 'false'])) });

/**
 * KeystoneListUsers, as real IAM answers it (docs/api.md "Huawei's list conventions"): every IAM
 * user (federated users are not IAM users) at once, no total; `name` matches exactly.
 */
function huaweiUsers(url: URL): Response {
  checkDomainFilter(url);
  const q = readQuery(url, huaweiQuerySchema);
  const rows = sortList(store.state.users.values(), (u) => u.name, 'asc', (u) => u.id).filter(
    (u) => u.type === 'iam' && (q.name === undefined || u.name === q.name) && (q.enabled === undefined || String(u.enabled) === q.enabled),
  );
  return HttpResponse.json({ users: rows.map((u) => toHuaweiUser(toApiUser(u), url)), links: { self: url.href, previous: null, next: null } });
}

const self = (action: string) => ({ action: (ctx: Ctx) => (ctx.params.userId === ctx.caller.id ? null : action) });

export const userHandlers = [
  http.get(
    patterns.users,
    withAuth('iam:users:listUsers', (ctx) => {
      if (!usesConsoleConventions(ctx.url)) return huaweiUsers(ctx.url);
      const q = readQuery(ctx.url, userListQuerySchema);
      // Memberships are what GET /v3/groups/{id}/users answers: the same permission.
      if (q.include) authorize(ctx, 'iam:users:listUsersForGroup');
      let rows = store.cached(`users:${q.sort_by}:${q.order}`, () =>
        sortList(
          store.state.users.values(),
          q.sort_by === 'create_time' ? ((u: UserRec) => u.createTime) : ((u: UserRec) => u.name.toLowerCase()),
          q.order,
          (u) => u.id,
        ),
      );
      if (q.name) {
        const needle = q.name.toLowerCase();
        rows = rows.filter((u) => u.name.toLowerCase().includes(needle));
      }
      if (q.type) rows = rows.filter((u) => u.type === q.type);
      if (q.group_id) rows = rows.filter((u) => u.groups.includes(q.group_id!));
      const page = pageOf(rows, q.offset, q.limit);
      const users = q.include ? page.map((u) => ({ ...toApiUser(u), group_ids: u.groups.filter((g) => store.state.groups.has(g)) })) : page.map(toApiUser);
      return HttpResponse.json({ total_count: rows.length, users });
    }),
  ),

  http.get(
    patterns.user,
    withAuth(self('iam:users:getUser'), ({ params }) => HttpResponse.json({ user: toApiUser(findUser(params.userId!)) })),
  ),

  http.post(
    patterns.users,
    withAuth('iam:users:createUser', async ({ request }) => {
      const b = await readBody(request, createUserSchema);
      if (store.userByName(b.user.name) || b.user.name === store.state.domain.name) throw conflict(`A user named ${b.user.name} already exists.`);
      const user: UserRec = {
        id: hex32(),
        name: b.user.name,
        type: 'iam',
        root: false,
        groups: [],
        description: b.user.description,
        enabled: b.user.enabled,
        createTime: store.now(),
      };
      store.mutate((s) => s.users.set(user.id, user));
      return HttpResponse.json({ user: toApiUser(user) }, { status: 201 });
    }),
  ),

  http.delete(
    patterns.user,
    withAuth('iam:users:deleteUser', ({ params }) => {
      const user = findUser(params.userId!);
      if (user.root) throw badRequest('The account (root user) cannot be deleted.');
      const root = store.rootUser();
      store.mutate((s) => {
        s.users.delete(user.id);
        for (const [key, a] of s.authorizations) if ((a.userType === 'iam' || a.userType === 'federate') && a.userId === user.id) s.authorizations.delete(key);
        for (const w of s.workspaces.values()) {
          w.grants = w.grants.filter((g) => g.userId !== user.id);
          if (w.owner === user.id && root) w.owner = root.id;
        }
        for (const [token, userId] of store.tokens) if (userId === user.id) store.tokens.delete(token);
      });
      return noContent();
    }),
  ),

  http.get(
    patterns.userGroups,
    withAuth(self('iam:groups:listGroupsForUser'), ({ params }) => {
      const user = findUser(params.userId!);
      const groups = user.groups.map((id) => store.state.groups.get(id)).filter((g): g is GroupRec => !!g);
      return HttpResponse.json({ total_count: groups.length, groups: groups.map(toApiGroup) });
    }),
  ),
];
