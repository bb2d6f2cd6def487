/** IAM user groups (`/v3/groups`) and membership (`/v3/groups/{group_id}/users[/{user_id}]`). */
import { http, HttpResponse } from 'msw';
import { z } from 'zod/mini';
import { listQuerySchema } from '@/api/contracts/common';
import { createGroupSchema } from '@/api/contracts/iam';
import { patterns } from '@/api/paths';
import { withAuth } from '../auth';
import { badRequest, conflict, HttpError, noContent, pageOf, readBody, readQuery, sortList } from '../http';
import { store } from '../store';
import { hex32 } from '../store/ids';
import type { GroupRec, UserRec } from '../store/types';
import { checkDomainFilter, toHuaweiGroup, toHuaweiUser, usesConsoleConventions } from './huawei-lists';
import { findUser, toApiGroup, toApiUser } from './users';

export const groupListQuerySchema = z.extend(listQuerySchema, {
  sort_by: z._default(z.enum(['name', 'create_time']), 'name'),
  name: z.optional(z.string().check(z.maxLength(64))),
});

/** KeystoneListGroups, as real IAM answers it: every group at once, no total; `name` matches exactly. */
function huaweiGroups(url: URL): Response {
  checkDomainFilter(url);
  const name = url.searchParams.get('name');
  const rows = sortList(store.state.groups.values(), (g) => g.name, 'asc', (g) => g.id).filter((g) => name === null || g.name === name);
  return HttpResponse.json({ groups: rows.map((g) => toHuaweiGroup(toApiGroup(g), url)), links: { self: url.href, previous: null, next: null } });
}

export function findGroup(id: string): GroupRec {
  const g = store.state.groups.get(id);
  if (!g) throw new HttpError(404, '404', `Could not find group: ${id}.`);
  return g;
}

export const groupHandlers = [
  http.get(
    patterns.groups,
    withAuth('iam:groups:listGroups', ({ url }) => {
      if (!usesConsoleConventions(url)) return huaweiGroups(url);
      const q = readQuery(url, groupListQuerySchema);
      let rows = store.cached(`groups:${q.sort_by}:${q.order}`, () =>
        sortList(
          store.state.groups.values(),
          q.sort_by === 'create_time' ? ((g: GroupRec) => g.createTime) : ((g: GroupRec) => g.name.toLowerCase()),
          q.order,
          (g) => g.id,
        ),
      );
      if (q.name) {
        const needle = q.name.toLowerCase();
        rows = rows.filter((g) => g.name.toLowerCase().includes(needle));
      }
      return HttpResponse.json({ total_count: rows.length, groups: pageOf(rows, q.offset, q.limit).map(toApiGroup) });
    }),
  ),

  http.post(
    patterns.groups,
    withAuth('iam:groups:createGroup', async ({ request }) => {
      const b = await readBody(request, createGroupSchema);
      for (const g of store.state.groups.values()) if (g.name === b.group.name) throw conflict(`A user group named ${b.group.name} already exists.`);
      const group: GroupRec = { id: hex32(), name: b.group.name, description: b.group.description, createTime: store.now() };
      store.mutate((s) => s.groups.set(group.id, group));
      return HttpResponse.json({ group: toApiGroup(group) }, { status: 201 });
    }),
  ),

  http.patch(
    patterns.group,
    withAuth('iam:groups:updateGroup', async ({ params, request }) => {
      const group = findGroup(params.groupId!);
      const b = await readBody(request, createGroupSchema);
      if (group.name === 'admin' && b.group.name !== 'admin') throw badRequest('The admin group is built in and cannot be renamed.');
      for (const g of store.state.groups.values()) if (g.id !== group.id && g.name === b.group.name) throw conflict(`A user group named ${b.group.name} already exists.`);
      store.mutate(() => {
        group.name = b.group.name;
        group.description = b.group.description;
      });
      return HttpResponse.json({ group: toApiGroup(group) });
    }),
  ),

  http.delete(
    patterns.group,
    withAuth('iam:groups:deleteGroup', ({ params }) => {
      const group = findGroup(params.groupId!);
      if (group.name === 'admin') throw badRequest('The admin group is built in and cannot be deleted.');
      store.mutate((s) => {
        s.groups.delete(group.id);
        for (const u of s.users.values()) if (u.groups.includes(group.id)) u.groups = u.groups.filter((g) => g !== group.id);
        for (const [id, a] of s.attachments) if (a.principal.type === 'group' && a.principal.id === group.id) s.attachments.delete(id);
      });
      return noContent();
    }),
  ),

  http.get(
    patterns.groupUsers,
    withAuth('iam:users:listUsersForGroup', ({ params, url }) => {
      const group = findGroup(params.groupId!);
      const members: UserRec[] = [];
      for (const u of store.state.users.values()) if (u.groups.includes(group.id)) members.push(u);
      members.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      // KeystoneListUsersForGroupByAdmin: every member at once, no total.
      if (!usesConsoleConventions(url)) return HttpResponse.json({ users: members.map((u) => toHuaweiUser(toApiUser(u), url)), links: { self: url.href, previous: null, next: null } });
      const q = readQuery(url, listQuerySchema);
      if (q.order === 'desc') members.reverse();
      return HttpResponse.json({ total_count: members.length, users: pageOf(members, q.offset, q.limit).map(toApiUser) });
    }),
  ),

  http.put(
    patterns.groupUser,
    withAuth('iam:permissions:addUserToGroup', ({ params }) => {
      const group = findGroup(params.groupId!);
      const user = findUser(params.userId!);
      if (!user.groups.includes(group.id)) store.mutate(() => (user.groups = [...user.groups, group.id]));
      return noContent();
    }),
  ),

  http.delete(
    patterns.groupUser,
    withAuth('iam:permissions:removeUserFromGroup', ({ params }) => {
      const group = findGroup(params.groupId!);
      const user = findUser(params.userId!);
      if (!user.groups.includes(group.id)) throw new HttpError(404, '404', `User ${user.name} is not a member of group ${group.name}.`);
      store.mutate(() => (user.groups = user.groups.filter((g) => g !== group.id)));
      return noContent();
    }),
  ),
];
