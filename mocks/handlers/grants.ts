/**
 * Grants (role assignments) of policies to groups in the four IAM scopes, to agencies (all
 * resources, global services and region projects), and the flat role-assignment list the console builds the engine
 * snapshot from. Granting twice is a no-op; a multi-project attachment of a snapshot lists as one
 * assignment per project.
 */
import { http, HttpResponse } from 'msw';
import { roleAssignmentQuerySchema, type RoleAssignment } from '@/api/contracts/iam';
import { patterns } from '@/api/paths';
import type { Scope } from '@/iam/model';
import { withAuth, type Ctx } from '../auth';
import { HttpError, noContent, pageOf, readQuery } from '../http';
import { store } from '../store';
import type { AttachmentRec } from '../store/types';
import { findGroup } from './groups';
import { huaweiRoleAssignments } from './huawei-assignments';
import { usesConsoleConventions } from './huawei-lists';
import { findRole, toApiRole } from './roles';

type ScopeKind = Scope['type'];
type Principal = AttachmentRec['principal'];

function checkDomain(ctx: Ctx): void {
  if (ctx.params.domainId !== store.state.domain.id) throw new HttpError(404, '404', `Could not find domain: ${ctx.params.domainId}.`);
}

function findAgency(id: string) {
  const a = store.state.agencies.get(id);
  if (!a) throw new HttpError(404, '404', `Could not find agency: ${id}.`);
  return a;
}

/** The scope id a path names (project or enterprise project), validated. */
function scopeId(ctx: Ctx, kind: ScopeKind): string | undefined {
  if (kind === 'projects') return ctx.params.projectId; // checked by withAuth
  if (kind === 'enterpriseProjects') {
    const id = ctx.params.epId!;
    if (!store.state.enterpriseProjects.some((e) => e.id === id)) throw new HttpError(404, '404', `Could not find enterprise project: ${id}.`);
    return id;
  }
  checkDomain(ctx);
  return undefined;
}

const covers = (a: AttachmentRec, principal: Principal, kind: ScopeKind, id: string | undefined) =>
  a.principal.type === principal.type &&
  a.principal.id === principal.id &&
  a.scope.type === kind &&
  (id === undefined || ((a.scope.type === 'projects' || a.scope.type === 'enterpriseProjects') && a.scope.ids.includes(id)));

function grant(principal: Principal, policyId: string, kind: ScopeKind, id: string | undefined): void {
  for (const a of store.state.attachments.values()) if (a.policyId === policyId && covers(a, principal, kind, id)) return;
  const scope: Scope = kind === 'all' || kind === 'global' ? { type: kind } : { type: kind, ids: [id!] };
  store.mutate((s) => {
    const raId = store.newAttachmentId();
    s.attachments.set(raId, { id: raId, principal: { ...principal }, policyId, scope });
  });
}

function revoke(principal: Principal, policyId: string, kind: ScopeKind, id: string | undefined): void {
  const hits = [...store.state.attachments.values()].filter((a) => a.policyId === policyId && covers(a, principal, kind, id));
  if (hits.length === 0) throw new HttpError(404, '404', `The ${principal.type} does not hold role ${policyId} in this scope.`);
  store.mutate((s) => {
    for (const a of hits) {
      if (id !== undefined && (a.scope.type === 'projects' || a.scope.type === 'enterpriseProjects') && a.scope.ids.length > 1) {
        a.scope = { type: a.scope.type, ids: a.scope.ids.filter((x) => x !== id) };
      } else s.attachments.delete(a.id);
    }
  });
}

function listRoles(principal: Principal, kind: ScopeKind, id: string | undefined) {
  const ids = new Set<string>();
  for (const a of store.state.attachments.values()) if (covers(a, principal, kind, id)) ids.add(a.policyId);
  const roles = [...ids].map((rid) => store.state.policies.get(rid)).filter((p) => !!p).map(toApiRole);
  return HttpResponse.json({ total_count: roles.length, roles });
}

interface ScopeRoutes {
  kind: ScopeKind;
  one: string;
  list: string;
  /** Action suffix, e.g. "OnProject". */
  suffix: string;
}

const GROUP_SCOPES: readonly ScopeRoutes[] = [
  { kind: 'all', one: patterns.grantAll, list: patterns.grantsAll, suffix: 'OnAllProjects' },
  { kind: 'global', one: patterns.grantGlobal, list: patterns.grantsGlobal, suffix: '' },
  { kind: 'projects', one: patterns.grantProject, list: patterns.grantsProject, suffix: 'OnProject' },
  { kind: 'enterpriseProjects', one: patterns.grantEnterpriseProject, list: patterns.grantsEnterpriseProject, suffix: 'OnEnterpriseProject' },
];

const AGENCY_SCOPES: readonly ScopeRoutes[] = [
  { kind: 'all', one: patterns.agencyGrantAll, list: patterns.agencyGrantsAll, suffix: 'OnAllProjects' },
  { kind: 'global', one: patterns.agencyGrantDomain, list: patterns.agencyGrantsDomain, suffix: '' },
  { kind: 'projects', one: patterns.agencyGrantProject, list: patterns.agencyGrantsProject, suffix: '' },
];

const groupPrincipal = (ctx: Ctx): Principal => ({ type: 'group', id: findGroup(ctx.params.groupId!).id });
const agencyPrincipal = (ctx: Ctx): Principal => ({ type: 'agency', id: findAgency(ctx.params.agencyId!).id });

const scopeHandlers = (routes: readonly ScopeRoutes[], principalOf: (ctx: Ctx) => Principal, who: 'Group' | 'Agency') =>
  routes.flatMap((r) => [
    http.put(
      r.one,
      withAuth(`iam:permissions:grantRoleTo${who}${r.suffix}`, (ctx) => {
        const principal = principalOf(ctx);
        const id = scopeId(ctx, r.kind);
        grant(principal, findRole(ctx.params.roleId!).id, r.kind, id);
        return noContent();
      }),
    ),
    http.delete(
      r.one,
      withAuth(`iam:permissions:revokeRoleFrom${who}${r.suffix}`, (ctx) => {
        const principal = principalOf(ctx);
        const id = scopeId(ctx, r.kind);
        revoke(principal, findRole(ctx.params.roleId!).id, r.kind, id);
        return noContent();
      }),
    ),
    http.get(
      r.list,
      withAuth(`iam:permissions:listRolesFor${who}${r.suffix}`, (ctx) => {
        const principal = principalOf(ctx);
        return listRoles(principal, r.kind, scopeId(ctx, r.kind));
      }),
    ),
  ]);

/** Every attachment as IAM role assignments (one per project / enterprise project). */
export function roleAssignments(): RoleAssignment[] {
  return store.cached('role-assignments', () => {
    const domain = store.state.domain.id;
    const out: RoleAssignment[] = [];
    for (const a of store.state.attachments.values()) {
      const who = a.principal.type === 'group' ? { group_id: a.principal.id } : { agency_id: a.principal.id };
      const s = a.scope;
      if (s.type === 'all') out.push({ id: a.id, role_id: a.policyId, ...who, scope: { domain: { id: domain }, inherited_to_projects: true } });
      else if (s.type === 'global') out.push({ id: a.id, role_id: a.policyId, ...who, scope: { domain: { id: domain } } });
      else {
        for (const id of s.ids) {
          const scope = s.type === 'projects' ? { project: { id } } : { enterprise_project: { id } };
          out.push({ id: s.ids.length === 1 ? a.id : `${a.id}.${id}`, role_id: a.policyId, ...who, scope });
        }
      }
    }
    return out;
  });
}

export const grantHandlers = [
  ...scopeHandlers(GROUP_SCOPES, groupPrincipal, 'Group'),
  ...scopeHandlers(AGENCY_SCOPES, agencyPrincipal, 'Agency'),

  http.get(
    patterns.roleAssignments,
    withAuth('iam:permissions:listRoleAssignments', ({ url }) => {
      if (!usesConsoleConventions(url)) return huaweiRoleAssignments(url, roleAssignments());
      const q = readQuery(url, roleAssignmentQuerySchema);
      let rows = roleAssignments();
      if (q.group_id) rows = rows.filter((r) => r.group_id === q.group_id);
      if (q.agency_id) rows = rows.filter((r) => r.agency_id === q.agency_id);
      if (q.role_id) rows = rows.filter((r) => r.role_id === q.role_id);
      if (q.scope) {
        rows = rows.filter((r) => {
          const s = r.scope;
          if (q.scope === 'project') return 'project' in s;
          if (q.scope === 'enterprise_project') return 'enterprise_project' in s;
          if (!('domain' in s)) return false;
          return q.scope === 'all_resources' ? s.inherited_to_projects === true : s.inherited_to_projects !== true;
        });
      }
      return HttpResponse.json({ total_count: rows.length, role_assignments: pageOf(rows, q.offset, q.limit) });
    }),
  ),
];
