/**
 * `GET /v3.0/OS-PERMISSION/role-assignments` the way real IAM answers it (ShowDomainRoleAssignments;
 * docs/api.md "Huawei's list conventions"): `domain_id` required, `page`/`per_page` (1–50),
 * `total_num`, each row `{role: {id}, group|agency: {id}, scope, is_inherited}`.
 */
import { HttpResponse } from 'msw';
import { z } from 'zod/mini';
import type { RoleAssignment } from '@/api/contracts/iam';
import { HUAWEI_PER_PAGE } from '@/api/contracts/iam-huawei';
import { badRequest, readQuery } from '../http';
import { store } from '../store';
import { pageOfHuawei, requireDomain, toHuaweiAssignment } from './huawei-lists';

const querySchema = z.object({
  role_id: z.optional(z.string()),
  subject: z.optional(z.enum(['user', 'group', 'agency'])),
  'subject.user_id': z.optional(z.string()),
  'subject.group_id': z.optional(z.string()),
  'subject.agency_id': z.optional(z.string()),
  scope: z.optional(z.enum(['project', 'domain', 'enterprise_project'])),
  'scope.project_id': z.optional(z.string()),
  'scope.domain_id': z.optional(z.string()),
  'scope.enterprise_projects_id': z.optional(z.string()),
  is_inherited: z.optional(z.enum(['true', 'false'])),
  include_group: z.optional(z.enum(['true', 'false'])),
});

/** Whether row `r` passes the request's subject filters (the SDK allows one of them). */
function subjectMatches(q: z.infer<typeof querySchema>, r: RoleAssignment): boolean {
  if (q.subject === 'group' || q['subject.group_id'] !== undefined) return r.group_id !== undefined && (q['subject.group_id'] ?? r.group_id) === r.group_id;
  if (q.subject === 'agency' || q['subject.agency_id'] !== undefined) return r.agency_id !== undefined && (q['subject.agency_id'] ?? r.agency_id) === r.agency_id;
  if (q.subject === 'user' || q['subject.user_id'] !== undefined) {
    // No grant is made to a user directly here; with include_group (default true) a user's rows are its groups'.
    if (q.include_group === 'false' || r.group_id === undefined) return false;
    const user = q['subject.user_id'] === undefined ? undefined : store.state.users.get(q['subject.user_id']);
    return q['subject.user_id'] === undefined ? [...store.state.users.values()].some((u) => u.groups.includes(r.group_id!)) : (user?.groups.includes(r.group_id) ?? false);
  }
  return true;
}

function scopeMatches(q: z.infer<typeof querySchema>, r: RoleAssignment): boolean {
  const s = r.scope;
  if (q.scope === 'project' || q['scope.project_id'] !== undefined) return 'project' in s && (q['scope.project_id'] ?? s.project.id) === s.project.id;
  if (q.scope === 'enterprise_project' || q['scope.enterprise_projects_id'] !== undefined) return 'enterprise_project' in s && (q['scope.enterprise_projects_id'] ?? s.enterprise_project.id) === s.enterprise_project.id;
  if (q.scope === 'domain' || q['scope.domain_id'] !== undefined) {
    // is_inherited (default false) picks All resources (true) or Global services (false).
    return 'domain' in s && (q['scope.domain_id'] ?? s.domain.id) === s.domain.id && (s.inherited_to_projects === true) === (q.is_inherited === 'true');
  }
  return true;
}

export function huaweiRoleAssignments(url: URL, all: readonly RoleAssignment[]): Response {
  requireDomain(url);
  const q = readQuery(url, querySchema);
  const subjects = [q['subject.user_id'], q['subject.group_id'], q['subject.agency_id'], q.subject].filter((x) => x !== undefined);
  if (subjects.length > 1) throw badRequest('Give only one of subject, subject.user_id, subject.group_id, subject.agency_id.');
  const scopes = [q.scope, q['scope.project_id'], q['scope.domain_id'], q['scope.enterprise_projects_id']].filter((x) => x !== undefined);
  if (scopes.length > 1) throw badRequest('Give only one of scope, scope.project_id, scope.domain_id, scope.enterprise_projects_id.');
  const rows = all.filter((r) => (q.role_id === undefined || r.role_id === q.role_id) && subjectMatches(q, r) && scopeMatches(q, r));
  return HttpResponse.json({ role_assignments: pageOfHuawei(url, HUAWEI_PER_PAGE.roleAssignments, rows).map(toHuaweiAssignment), total_num: rows.length });
}
