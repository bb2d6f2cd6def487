// @vitest-environment node
/**
 * collect() against a scripted gateway that answers in real IAM's list conventions (docs/api.md
 * "Huawei's list conventions"): lists without totals, `page`/`per_page` paging with
 * `total_number` / `total_num` or none, rows repeated across pages, a gateway that ignores paging,
 * a key that may not list users. The end-to-end run over HTTP is collect.e2e.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { snapshotToState } from '@mocks/store/snapshot/import';
import { REQUIRED_PERMISSIONS, UNPERMISSIONED_CALLS } from './calls';
import { collect } from './collect';
import { endpointsFor } from './endpoints';
import { SignedClient } from './http';

const DOMAIN = { id: 'd-acme', name: 'acme' };
const USERS = Array.from({ length: 2345 }, (_, i) => ({ id: `u-${i}`, name: i === 0 ? DOMAIN.name : `user-${i}`, domain_id: DOMAIN.id, enabled: true, description: '', password_expires_at: null }));
const GROUPS = [{ id: 'g-1', name: 'ml', description: '', domain_id: DOMAIN.id }];
const POLICY = { Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['modelarts:*:*'] }] };
/** 650 custom policies: three pages of 300. */
const CUSTOM = Array.from({ length: 650 }, (_, i) => ({ id: `c-${i}`, name: `custom_${i}`, display_name: `Custom ${i}`, type: 'XA', description: '', catalog: 'CUSTOMED', domain_id: DOMAIN.id, policy: POLICY, created_time: '1579229246886' }));
/** 120 group grants (three pages of 50), one per custom policy, plus one grant to a user directly. */
const ASSIGNMENTS = [
  ...CUSTOM.slice(0, 120).map((r, i) => ({ role: { id: r.id }, group: { id: 'g-1' }, scope: i % 2 ? { domain: { id: DOMAIN.id } } : { project: { id: 'p-1' } }, is_inherited: i % 4 === 1 })),
  { role: { id: 'c-0' }, user: { id: 'u-1' }, scope: { domain: { id: DOMAIN.id } }, is_inherited: false },
];
/** Exactly one full page of 500 agencies: without a total, only an empty second page says it is the end. */
const AGENCIES = Array.from({ length: 500 }, (_, i) => ({ id: `ag-${i}`, name: `agency_${i}`, duration: 'FOREVER', expire_time: null, description: '', create_time: '2026-01-01T00:00:00.000000' }));

/**
 * System permissions as real `/v3/roles` lists them (the SDK's RoleResult / RolePolicy /
 * PolicyDepends / PolicyStatement, services/iam/v3/model): a 1.1 policy (`flag: "fine_grained"`),
 * 1.0 roles (RBAC: Statement with Action and Effect only, `Depends`, type AA / XA, a service
 * `catalog`, `name` ≠ `display_name`), and one without a document. Names and actions are
 * illustrative, not Huawei's documents.
 */
const SYSTEM_ROLES = [
  { id: 's-ma', name: 'system_all_modelarts', display_name: 'ModelArts CommonOperations', type: 'XA', catalog: 'ModelArts', flag: 'fine_grained', domain_id: null, description: 'ModelArts common operations', description_cn: '…', policy: { Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['modelarts:*:*'], Condition: null }] }, links: { self: 'https://iam.example.com/v3/roles/s-ma' }, created_time: '1579229246886', updated_time: '1579229246886' },
  { id: 's-te', name: 'te_admin', display_name: 'Tenant Administrator', type: 'AA', catalog: 'BASE', domain_id: null, description: 'Tenant Administrator (Exclude IAM)', policy: { Version: '1.0', Statement: [{ Action: ['*:*:*'], Effect: 'Allow' }, { Action: ['identity:*:*'], Effect: 'Deny' }] }, links: { self: 'https://iam.example.com/v3/roles/s-te' } },
  { id: 's-obs', name: 'obs_adm', display_name: 'OBS Administrator', type: 'XA', catalog: 'OBS', policy: { Depends: [{ catalog: 'BASE', display_name: 'Tenant Guest' }], Version: '1.0', Statement: [{ Action: ['obs:*:*'], Effect: 'Allow' }] } },
  { id: 's-none', name: 'no_document', type: 'XX', catalog: 'BASE', policy: null },
];
/** g-1 holds the 1.1 policy and the 1.0 Tenant Administrator; OBS Administrator is granted to nobody. */
const SYSTEM_GRANTS = [
  { role: { id: 's-ma' }, group: { id: 'g-1' }, scope: { project: { id: 'p-1' } } },
  { role: { id: 's-te' }, group: { id: 'g-1' }, scope: { domain: { id: DOMAIN.id } }, is_inherited: true },
];

type Quirk = 'none' | 'ignores-paging' | 'denies-users' | 'shifting-pages' | 'federated' | 'real-roles' | 'owner-not-admin';

const page = <T,>(rows: readonly T[], url: URL, ignore: boolean): T[] => {
  const p = Number(url.searchParams.get('page') ?? 1);
  const per = Number(url.searchParams.get('per_page') ?? rows.length);
  return ignore ? rows.slice(0, per) : rows.slice((p - 1) * per, p * per);
};

/** Answers the collector's calls for the account above; records every request. */
function gateway(quirk: Quirk): { client: SignedClient; requests: URL[] } {
  const requests: URL[] = [];
  const ignore = quirk === 'ignores-paging';
  const answer = (url: URL): Response => {
    requests.push(url);
    const p = url.pathname;
    if (p === '/v3/auth/domains') return Response.json({ domains: [DOMAIN] });
    if (p === '/v3/users') {
      if (quirk === 'denies-users') return Response.json({ error: { code: 403, title: 'Forbidden', message: 'not authorized to perform (iam:users:listUsers)' } }, { status: 403 });
      return Response.json({ users: USERS, links: { self: url.href } });
    }
    if (p === '/v3/groups') return Response.json({ groups: GROUPS });
    if (p === '/v3/groups/g-1/users') return Response.json({ users: USERS.slice(1, 4) });
    if (p === '/v3/projects') return Response.json({ projects: [{ id: 'p-1', name: 'cn-north-4' }] });
    if (p === '/v3/roles') return Response.json(quirk === 'real-roles' ? { roles: SYSTEM_ROLES, total_number: SYSTEM_ROLES.length } : { roles: [], total_number: 0 });
    if (p === '/v3.0/OS-ROLE/roles') return Response.json({ roles: page(CUSTOM, url, ignore), total_number: CUSTOM.length });
    if (p === '/v3.0/OS-PERMISSION/role-assignments') {
      if (url.searchParams.get('domain_id') !== DOMAIN.id) return Response.json({ error: { code: 400, title: 'Bad Request', message: 'domain_id' } }, { status: 400 });
      // shifting-pages: a row inserted at the head while the list is read pushes the last row of
      // each page onto the next one (and the last row off the end); no total is said.
      if (quirk === 'shifting-pages') {
        const n = Number(url.searchParams.get('page'));
        return Response.json({ role_assignments: n === 1 ? ASSIGNMENTS.slice(0, 50) : ASSIGNMENTS.slice((n - 1) * 50 - 1, n * 50 - 1) });
      }
      const rows = quirk === 'real-roles' ? [...ASSIGNMENTS, ...SYSTEM_GRANTS] : ASSIGNMENTS;
      return Response.json({ role_assignments: page(rows, url, ignore), total_num: rows.length });
    }
    if (p === '/v3.0/OS-AGENCY/agencies') {
      if (url.searchParams.get('domain_id') !== DOMAIN.id) return Response.json({ error: { code: 400, title: 'Bad Request', message: 'domain_id' } }, { status: 400 });
      return Response.json({ agencies: page(AGENCIES, url, ignore) });
    }
    if (p === '/v1.0/enterprise-projects') return Response.json({ total_count: 0, enterprise_projects: [] });
    if (p === '/v3.0/OS-CREDENTIAL/credentials/AKEXAMPLE0000000') return Response.json({ credential: { user_id: USERS[quirk === 'owner-not-admin' ? 5 : 0]!.id, access: 'AKEXAMPLE0000000', status: 'active' } });
    if (p === '/v2/p-1/authorizations') {
      const auth = quirk === 'federated' ? [{ user_id: 'fed-1', user_name: 'carol', user_type: 'federate', type: 'agency', content: 'agency_1', create_time: 1 }] : [];
      return Response.json({ total_count: auth.length, auth });
    }
    if (p === '/v1/p-1/workspaces') return Response.json({ total_count: 0, count: 0, workspaces: [] });
    if (p === '/v1/auth-mode') return Response.json({ domain_id: DOMAIN.id, mode: 'strict' });
    return Response.json({ error: { code: 404, title: 'Not Found', message: 'no such API' } }, { status: 404 });
  };
  const client = new SignedClient({ credentials: { ak: 'AKEXAMPLE0000000', sk: 'SKEXAMPLE' }, fetch: async (input) => answer(new URL(String(input))), sleep: async () => undefined });
  return { client, requests };
}

const run = async (quirk: Quirk, regions: string[] = []) => {
  const g = gateway(quirk);
  const r = await collect({ client: g.client, endpoints: endpointsFor('https://gateway.example.com'), regions, accessKey: 'AKEXAMPLE0000000', now: () => new Date(0) });
  const asked = (path: string) => g.requests.filter((u) => u.pathname === path).map((u) => u.search);
  return { ...r, requests: g.requests, asked };
};
const call = (report: { calls: Array<{ name: string }> }, name: string) => report.calls.find((c) => c.name === name);

describe('collect, in real IAM’s list conventions', () => {
  it('reads each list the way its API pages, to the last page, and nothing twice', async () => {
    const { snapshot, report, asked } = await run('none');
    // Users, groups, members: one request, no paging parameters, no total.
    expect(asked('/v3/users')).toEqual(['']);
    expect(asked('/v3/groups/g-1/users')).toEqual(['']);
    expect(snapshot.users.map((u) => u.id)).toEqual(USERS.map((u) => u.id));
    expect(snapshot.users.find((u) => u.name === DOMAIN.name)).toMatchObject({ root: true });
    // Custom policies: page/per_page 300 until total_number; system policies on /v3/roles.
    expect(asked('/v3.0/OS-ROLE/roles')).toEqual(['?page=1&per_page=300', '?page=2&per_page=300', '?page=3&per_page=300']);
    expect(asked('/v3/roles')).toEqual(['?page=1&per_page=300']);
    expect(snapshot.policies).toHaveLength(CUSTOM.length);
    expect(snapshot.policies[0]).toMatchObject({ id: 'c-0', name: 'Custom 0', type: 'custom' });
    // Role assignments: domain_id, per_page 50 until total_num.
    expect(asked('/v3.0/OS-PERMISSION/role-assignments')).toEqual([1, 2, 3].map((n) => `?domain_id=d-acme&page=${n}&per_page=50`));
    expect(snapshot.attachments.filter((a) => a.scope.type === 'all')).toHaveLength(30);
    expect(snapshot.attachments.filter((a) => a.scope.type === 'global')).toHaveLength(30);
    expect(snapshot.attachments.filter((a) => a.scope.type === 'projects')).toHaveLength(60);
    // Agencies: domain_id, per_page 500, no total: a full page asks for the next, which is empty.
    expect(asked('/v3.0/OS-AGENCY/agencies')).toEqual(['?domain_id=d-acme&page=1&per_page=500', '?domain_id=d-acme&page=2&per_page=500']);
    expect(snapshot.agencies).toHaveLength(AGENCIES.length);
    for (const name of ['IAM users', 'IAM custom policies', 'IAM role assignments', 'IAM agencies']) expect(call(report, name), name).toMatchObject({ status: 'ok' });
    // The grant to a user directly has no place in the console's model: reported, snapshot incomplete.
    expect(call(report, 'Role assignments left out')).toMatchObject({ status: 'partial', count: 1, message: expect.stringContaining('1 grant to IAM users directly') });
    expect(report.complete).toBe(false);
  });

  it('a gateway that ignores page/per_page: stops at the repeated page, no duplicates, says how many of how many', async () => {
    const { snapshot, report, asked } = await run('ignores-paging');
    expect(asked('/v3.0/OS-ROLE/roles')).toHaveLength(2);
    expect(snapshot.policies).toHaveLength(300);
    expect(call(report, 'IAM custom policies')).toMatchObject({ status: 'partial', count: 300, message: expect.stringContaining(`300 of ${CUSTOM.length} items read`) });
    // Every request was allowed: the entry names no permission as missing (the console would show it so).
    expect(call(report, 'IAM custom policies')).not.toHaveProperty('permission');
    // No total: the repeated page is the only sign, and it is read as one.
    expect(snapshot.agencies).toHaveLength(500);
    expect(call(report, 'IAM agencies')).toMatchObject({ status: 'partial', message: expect.stringContaining('ignores page/per_page') });
    expect(report.complete).toBe(false);
  });

  it('a list that shifts while it is read, without a total: each row kept once, reported partial', async () => {
    const { snapshot, report } = await run('shifting-pages');
    const keys = snapshot.attachments.map((a) => `${a.policyId}:${a.scope.type}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(call(report, 'IAM role assignments')).toMatchObject({ status: 'partial', message: expect.stringMatching(/list changed while it was read \(1 item on two pages, kept once\): 121 items read/) });
  });

  it('users denied: the account’s root user stands in, so the console’s Import accepts the snapshot', async () => {
    const { snapshot, report } = await run('denies-users');
    expect(snapshot.users).toEqual([{ id: DOMAIN.id, name: DOMAIN.name, type: 'iam', root: true, groups: [] }]);
    expect(call(report, 'IAM users')).toMatchObject({ status: 'denied', permission: 'iam:users:listUsers' });
    expect(call(report, 'Account (root user)')).toMatchObject({ status: 'partial' });
    const imported = snapshotToState(snapshot, null, 0);
    expect(imported.ok, JSON.stringify(imported.ok ? '' : imported.problem)).toBe(true);
  });

  it('federated users, which IAM does not list, come from the authorization rows that name them', async () => {
    const { snapshot, report } = await run('federated', ['cn-north-4']);
    expect(snapshot.users.find((u) => u.id === 'fed-1')).toEqual({ id: 'fed-1', name: 'carol', type: 'federate', groups: [] });
    expect(call(report, 'Federated users (from authorizations)')).toMatchObject({ status: 'ok', count: 1 });
  });

  it('real /v3/roles: 1.0 roles (RBAC) and 1.1 policies import; a granted 1.0 role is reported, a role without a document left out', async () => {
    const { snapshot, report } = await run('real-roles');
    const byId = new Map(snapshot.policies.map((p) => [p.id, p]));
    expect(byId.get('s-ma')).toMatchObject({ name: 'ModelArts CommonOperations', type: 'system', document: { Version: '1.1' } });
    // The 1.0 role keeps its statements; Depends is not carried (the assignments say what is granted).
    expect(byId.get('s-te')).toEqual({ id: 's-te', name: 'Tenant Administrator', type: 'system', description: 'Tenant Administrator (Exclude IAM)', document: { Version: '1.0', Statement: SYSTEM_ROLES[1]!.policy!.Statement } });
    expect(byId.get('s-obs')?.document).toEqual({ Version: '1.0', Statement: [{ Action: ['obs:*:*'], Effect: 'Allow' }] });
    expect(byId.has('s-none')).toBe(false);
    expect(snapshot.attachments.filter((a) => a.policyId === 's-te')).toEqual([expect.objectContaining({ principal: { type: 'group', id: 'g-1' }, scope: { type: 'all' } })]);
    // Only the granted 1.0 role is reported; the answers resting on it are marked (incomplete).
    expect(call(report, 'System roles (IAM 1.0) granted')).toMatchObject({ status: 'partial', count: 1, message: expect.stringContaining('Tenant Administrator: read as their Action/Effect statements') });
    expect(call(report, 'System permissions without a document')).toMatchObject({ status: 'partial', count: 1 });
    expect(call(report, 'IAM system policies')).toMatchObject({ status: 'ok', count: SYSTEM_ROLES.length });
    const imported = snapshotToState(snapshot, null, 0);
    expect(imported.ok, JSON.stringify(imported.ok ? '' : imported.problem)).toBe(true);
  });

  it('the key’s owner, listed by /v3/users like any user, is in the snapshot once; not an administrator: the authorizations read are partial', async () => {
    const { snapshot, report } = await run('owner-not-admin', ['cn-north-4']);
    expect(snapshot.users.filter((u) => u.id === USERS[5]!.id)).toEqual([{ id: USERS[5]!.id, name: 'user-5', type: 'iam', groups: [] }]);
    expect(snapshot.users.filter((u) => u.root)).toEqual([expect.objectContaining({ id: USERS[0]!.id, name: DOMAIN.name })]);
    expect(call(report, 'ModelArts authorizations')).toMatchObject({ status: 'partial', message: expect.stringContaining('user-5 is not an administrator') });
  });

  it('every call it makes needs a permission of the least-privilege policy, or none (its own key and account)', async () => {
    const { requests } = await run('none', ['cn-north-4']);
    const paths = [...new Set(requests.map((u) => u.pathname))];
    const permissionOf: Record<string, string> = {
      '/v3/projects': 'iam:projects:listProjects',
      '/v3/users': 'iam:users:listUsers',
      '/v3/groups': 'iam:groups:listGroups',
      '/v3/groups/g-1/users': 'iam:users:listUsersForGroup',
      '/v3/roles': 'iam:roles:listRoles',
      '/v3.0/OS-ROLE/roles': 'iam:roles:listRoles',
      '/v3.0/OS-PERMISSION/role-assignments': 'iam:permissions:listRoleAssignments',
      '/v3.0/OS-AGENCY/agencies': 'iam:agencies:listAgencies',
      '/v1.0/enterprise-projects': 'eps:enterpriseProjects:list',
      '/v2/p-1/authorizations': 'modelarts:authorization:list',
      '/v1/p-1/workspaces': 'modelarts:workspace:list',
      '/v1/auth-mode': '(administrators only)',
    };
    for (const path of paths) {
      const free = UNPERMISSIONED_CALLS.some((c) => c.path.test(path));
      expect(free || path in permissionOf, `${path} is called but neither in the policy nor known to need none`).toBe(true);
    }
    expect(paths.filter((p) => UNPERMISSIONED_CALLS.some((c) => c.path.test(p))).sort()).toEqual(['/v3.0/OS-CREDENTIAL/credentials/AKEXAMPLE0000000', '/v3/auth/domains']);
    const needed = new Set(paths.map((p) => permissionOf[p]).filter((p): p is string => p !== undefined && p.includes(':')));
    expect([...needed].sort()).toEqual([...REQUIRED_PERMISSIONS].sort());
  });
});
