/**
 * IAM roles = system and custom policies (`/v3.0/OS-ROLE/roles`). Custom ones can be created,
 * updated (version → 409 when stale) and deleted (409 while attached). The engine's validator runs
 * server-side: any error finding → 400 with the findings.
 */
import { http, HttpResponse } from 'msw';
import { z } from 'zod/mini';
import { listQuerySchema } from '@/api/contracts/common';
import { createRoleSchema, type Role } from '@/api/contracts/iam';
import type { PolicyDocument } from '@/iam/model';
import { patterns } from '@/api/paths';
import { withAuth } from '../auth';
import { validatePolicy } from '../engine';
import { badRequest, conflict, HttpError, noContent, pageOf, readBody, readQuery, sortList } from '../http';
import { store } from '../store';
import { hex32 } from '../store/ids';
import type { PolicyRec } from '../store/types';
import { usesConsoleConventions } from './huawei-lists';
import { huaweiCustomRoles } from './huawei-roles';

/** How many attachments (role assignments) hold each policy. */
function references(): Map<string, number> {
  return store.cached('policy-references', () => {
    const m = new Map<string, number>();
    for (const a of store.state.attachments.values()) m.set(a.policyId, (m.get(a.policyId) ?? 0) + 1);
    return m;
  });
}

export function toApiRole(p: PolicyRec): Role {
  return {
    id: p.id,
    name: p.id,
    display_name: p.name,
    type: p.roleType,
    description: p.description,
    catalog: p.type,
    policy: p.document as Role['policy'],
    references: references().get(p.id) ?? 0,
    version: p.version,
    created_time: p.createTime,
    updated_time: p.updateTime,
  };
}

export const roleListQuerySchema = z.extend(listQuerySchema, {
  sort_by: z.optional(z.enum(['display_name', 'created_time', 'updated_time'])),
  display_name: z.optional(z.string().check(z.maxLength(128))),
  catalog: z.optional(z.enum(['system', 'custom'])),
  type: z.optional(z.enum(['AX', 'XA'])),
});

export function findRole(id: string): PolicyRec {
  const p = store.state.policies.get(id);
  if (!p) throw new HttpError(404, '404', `Could not find role: ${id}.`);
  return p;
}

/** The engine's findings; errors → 400 with every finding. */
function validated(document: unknown, name: string): void {
  const findings = validatePolicy(document, name);
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    throw badRequest(`The policy has ${errors.length} error${errors.length === 1 ? '' : 's'}: ${errors[0]!.message}`, 'ModelArts.0104', { findings });
  }
}

function checkUniqueName(name: string, except?: string): void {
  for (const p of store.state.policies.values()) {
    if (p.id !== except && p.name.toLowerCase() === name.toLowerCase()) throw conflict(`A policy named ${name} already exists.`);
  }
}

export const roleHandlers = [
  http.get(
    patterns.roles,
    withAuth('iam:roles:listRoles', ({ url }) => {
      if (!usesConsoleConventions(url)) return huaweiCustomRoles(url);
      const q = readQuery(url, roleListQuerySchema);
      let rows = [...store.state.policies.values()];
      if (q.sort_by) {
        rows = sortList(
          rows,
          q.sort_by === 'display_name' ? ((p: PolicyRec) => p.name.toLowerCase()) : ((p: PolicyRec) => (q.sort_by === 'created_time' ? p.createTime : p.updateTime)),
          q.order,
          (p) => p.id,
        );
      }
      if (q.catalog) rows = rows.filter((p) => p.type === q.catalog);
      if (q.type) rows = rows.filter((p) => p.roleType === q.type);
      if (q.display_name) {
        const needle = q.display_name.toLowerCase();
        rows = rows.filter((p) => p.name.toLowerCase().includes(needle));
      }
      return HttpResponse.json({ total_count: rows.length, roles: pageOf(rows, q.offset, q.limit).map(toApiRole) });
    }),
  ),

  http.get(
    patterns.role,
    withAuth('iam:roles:listRoles', ({ params }) => HttpResponse.json({ role: toApiRole(findRole(params.roleId!)) })),
  ),

  http.post(
    patterns.roles,
    withAuth('iam:roles:createRole', async ({ request }) => {
      const { role } = await readBody(request, createRoleSchema);
      validated(role.policy, role.display_name);
      checkUniqueName(role.display_name);
      const now = store.now();
      const p: PolicyRec = {
        id: hex32(),
        name: role.display_name,
        type: 'custom',
        description: role.description,
        document: role.policy as PolicyDocument,
        roleType: role.type,
        version: 1,
        createTime: now,
        updateTime: now,
      };
      store.mutate((s) => s.policies.set(p.id, p));
      return HttpResponse.json({ role: toApiRole(p) }, { status: 201 });
    }),
  ),

  http.patch(
    patterns.role,
    withAuth('iam:roles:updateRole', async ({ request, params }) => {
      const p = findRole(params.roleId!);
      if (p.type === 'system') throw badRequest('System-defined policies cannot be modified.');
      const body = await readBody(request, createRoleSchema);
      if (body.version !== undefined && body.version !== p.version) {
        throw conflict(`The policy was changed by someone else (version ${p.version}, yours ${body.version}): reload it and try again.`);
      }
      validated(body.role.policy, body.role.display_name);
      checkUniqueName(body.role.display_name, p.id);
      store.mutate(() => {
        p.name = body.role.display_name;
        p.description = body.role.description;
        p.document = body.role.policy as PolicyDocument;
        p.roleType = body.role.type;
        p.version += 1;
        p.updateTime = store.now();
      });
      return HttpResponse.json({ role: toApiRole(p) });
    }),
  ),

  http.delete(
    patterns.role,
    withAuth('iam:roles:deleteRole', ({ params }) => {
      const p = findRole(params.roleId!);
      if (p.type === 'system') throw badRequest('System-defined policies cannot be deleted.');
      const holders: string[] = [];
      for (const a of store.state.attachments.values()) {
        if (a.policyId !== p.id) continue;
        const name = a.principal.type === 'group' ? store.state.groups.get(a.principal.id)?.name : store.state.agencies.get(a.principal.id)?.name;
        holders.push(`${a.principal.type} ${name ?? a.principal.id}`);
      }
      if (holders.length > 0) {
        throw conflict(`The policy ${p.name} is attached to ${[...new Set(holders)].join(', ')}: remove those grants before deleting it.`);
      }
      store.mutate((s) => s.policies.delete(p.id));
      return noContent();
    }),
  ),
];
