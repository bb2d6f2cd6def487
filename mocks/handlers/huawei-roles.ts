/**
 * Policies the way real IAM lists them (docs/api.md "Huawei's list conventions"): system
 * permissions on `GET /v3/roles` (KeystoneListPermissions; with `domain_id`, the account's custom
 * policies instead) and custom policies on `GET /v3.0/OS-ROLE/roles` (ListCustomPolicies), both
 * paged by `page`/`per_page` (1–300) with `total_number`.
 */
import { http, HttpResponse } from 'msw';
import { z } from 'zod/mini';
import { HUAWEI_PER_PAGE } from '@/api/contracts/iam-huawei';
import { patterns } from '@/api/paths';
import { withAuth } from '../auth';
import { readQuery, sortList } from '../http';
import { store } from '../store';
import type { PolicyRec } from '../store/types';
import { checkDomainFilter, pageOfHuawei, toHuaweiCustomRole, toHuaweiSystemRole } from './huawei-lists';

const byName = (rows: Iterable<PolicyRec>) => sortList(rows, (p) => p.name.toLowerCase(), 'asc', (p) => p.id);
const customRoles = () => byName([...store.state.policies.values()].filter((p) => p.type === 'custom'));

/** ListCustomPolicies: the account's custom policies, a page of them with `total_number`. */
export function huaweiCustomRoles(url: URL): Response {
  const rows = customRoles();
  return HttpResponse.json({ roles: pageOfHuawei(url, HUAWEI_PER_PAGE.customRoles, rows).map((p) => toHuaweiCustomRole(p, url)), total_number: rows.length, links: { self: url.href, previous: null, next: null } });
}

const permissionQuerySchema = z.object({
  display_name: z.optional(z.string()),
  /** domain: AX or AA; project: XA or AA; all: AA, AX, XA. */
  type: z.optional(z.enum(['domain', 'project', 'all'])),
  catalog: z.optional(z.string()),
  permission_type: z.optional(z.enum(['policy', 'role'])),
});

const TYPES = { domain: ['AX', 'AA'], project: ['XA', 'AA'], all: ['AA', 'AX', 'XA'] } as const;

export const huaweiRoleHandlers = [
  http.get(
    patterns.systemRoles,
    withAuth('iam:roles:listRoles', ({ url }) => {
      checkDomainFilter(url);
      const q = readQuery(url, permissionQuerySchema);
      // With domain_id: the account's custom policies; without: the system permissions.
      let rows = url.searchParams.has('domain_id') ? customRoles() : byName([...store.state.policies.values()].filter((p) => p.type === 'system'));
      if (q.display_name) {
        const needle = q.display_name.toLowerCase();
        rows = rows.filter((p) => p.name.toLowerCase().includes(needle));
      }
      if (q.type) rows = rows.filter((p) => (TYPES[q.type!] as readonly string[]).includes(p.roleType));
      // Seeded system policies carry no service catalog; custom ones are "CUSTOMED".
      if (q.catalog !== undefined) rows = rows.filter((p) => p.type === 'custom' && q.catalog === 'CUSTOMED');
      // Every policy here is a 1.1 policy; none is a 1.0 role.
      if (q.permission_type) rows = rows.filter((p) => (q.permission_type === 'policy') === (p.document.Version === '1.1'));
      const convert = (p: PolicyRec) => (p.type === 'custom' ? toHuaweiCustomRole(p, url) : toHuaweiSystemRole(p, url));
      return HttpResponse.json({ roles: pageOfHuawei(url, HUAWEI_PER_PAGE.systemRoles, rows).map(convert), total_number: rows.length, links: { self: url.href, previous: null, next: null } });
    }),
  ),
];
