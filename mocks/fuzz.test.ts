/**
 * Fuzz suite of the mock backend (issue 12): hostile requests to every handler and hostile
 * snapshot imports. Properties: no 500, errors in the family's JSON shape, and no request makes a
 * later request fail (every list still answers 200, the store can still be persisted, the
 * account can still sign in). numRuns are bounded so the suite stays a few seconds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSnapshot } from '@/api/contracts/snapshot';
import { patterns } from '@/api/paths';
import { validatePolicy } from './engine';
import { store } from './store';
import { adminCall, as, call, type Reply } from './testing';

const HUAWEI_LISTS = ['/v3/users', '/v3/groups', '/v3/roles?page=1&per_page=300', '/v3.0/OS-ROLE/roles?page=1&per_page=300', '/v3.0/OS-AGENCY/agencies?domain_id=d-acme&page=1&per_page=500', '/v3.0/OS-PERMISSION/role-assignments?domain_id=d-acme&page=1&per_page=50'];
const LISTS = ['/v3/users', '/v3/groups', '/v3.0/OS-ROLE/roles', '/v3.0/OS-AGENCY/agencies', '/v2/p-cn-north-4/authorizations', '/v1/p-cn-north-4/workspaces', '/v3/projects'];

const hostileString = fc.oneof(
  fc.constantFrom('constructor', '__proto__', 'toString', 'prototype', '', ' ', 'all', 'all-users', 'u-root', 'u-maya', 'ag-maya', 'g-admin', '0', 'p-cn-north-4'),
  fc.constantFrom('a\r\nb', 'nul\u0000', '<script>alert(1)</script>', '../../etc', '%2e%2e', '99999999999', 'FOREVER', 'ONEDAY', '😀'.repeat(40), 'x'.repeat(300)),
  fc.string({ maxLength: 12 }),
);
const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    fc.integer(),
    fc.constantFrom(0, -1, 1e21, Number.MAX_SAFE_INTEGER, 99999999999),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(hostileString, fc.constantFrom('name', 'user_id', 'user_type', 'content', 'duration', 'version', 'role', 'group', 'agency', 'policy')), tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** Bodies shaped like the API's (so handlers get past the first check) with hostile leaves, or anything. */
const body = fc.oneof(
  hostileValue,
  fc.record({ group: fc.record({ name: hostileString, description: hostileString }, { requiredKeys: [] }) }, { requiredKeys: [] }),
  fc.record({ agency: fc.record({ name: hostileString, duration: fc.oneof(hostileString, fc.constant(null)), trust_domain_name: hostileString }, { requiredKeys: [] }) }),
  fc.record({ user_id: hostileString, user_name: hostileString, user_type: fc.constantFrom('iam', 'federate', 'grant', 'all-users', 'x'), content: hostileString, version: fc.oneof(fc.integer(), hostileString) }, { requiredKeys: [] }),
  fc.record({ role: fc.record({ display_name: hostileString, type: fc.constantFrom('AX', 'XA'), description: hostileString, policy: hostileValue }, { requiredKeys: [] }), version: fc.integer() }, { requiredKeys: [] }),
  fc.record({ name: hostileString, description: hostileString, enterprise_project_id: hostileString, auth_type: hostileString, grants: fc.array(fc.record({ user_id: hostileString }), { maxLength: 2 }) }, { requiredKeys: [] }),
  fc.record({ user: fc.record({ name: hostileString, enabled: fc.boolean(), description: hostileString }, { requiredKeys: [] }) }),
);

/** A path of the API with hostile parameters (or an unknown one). */
const path = fc.oneof(
  fc.tuple(fc.constantFrom(...Object.values(patterns).filter((p) => !p.startsWith('/__mock/'))), fc.array(hostileString, { minLength: 6, maxLength: 6 })).map(([p, values]) => {
    let i = 0;
    return p.replace(/:[A-Za-z]+/g, () => encodeURIComponent(values[i++ % values.length] || 'x'));
  }),
  fc.constantFrom(...LISTS.map((l) => `${l}?limit=-1`), ...LISTS.map((l) => `${l}?offset=1e99&sort_by=constructor`), '/v2/p-cn-north-4/nope', '/v3/nope/deeper'),
);
const method = fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE') as fc.Arbitrary<'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'>;

function expectErrorShape(r: Reply, url: string): void {
  if (r.status < 400) return;
  const iam = /^\/(v3|v3\.0|v1\.0)\//.test(url);
  if (iam) expect(r.body, `${url} → ${r.status}`).toMatchObject({ error: { code: r.status } });
  else expect(typeof r.body?.error_code, `${url} → ${r.status}`).toBe('string');
}

async function expectHealthy(): Promise<void> {
  const root = await as();
  for (const list of LISTS) expect((await root.get(`${list}?limit=1000`)).status, list).toBe(200);
  // …and the same lists the way real IAM is asked (docs/api.md "Huawei's list conventions").
  for (const list of HUAWEI_LISTS) expect((await root.get(list)).status, list).toBe(200);
  expect(() => structuredClone(store.persisted())).not.toThrow(); // what IndexedDB does with it
}

describe('fuzz: API handlers', () => {
  it('no request answers 500 or breaks a later request', async () => {
    const root = await as();
    const maya = await as('maya');
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(method, path, body, fc.boolean(), async (m, url, b, asRoot) => {
        tried++;
        const r = await call(url, { method: m, ...(m === 'GET' || m === 'DELETE' ? {} : { body: b }), token: (asRoot ? root : maya).token });
        expect(r.status, `${m} ${url} ${JSON.stringify(b)?.slice(0, 200)}`).not.toBe(500);
        expectErrorShape(r, url);
        // A cheap health probe each time; the full one every 10 requests.
        expect((await root.get('/v3.0/OS-AGENCY/agencies?limit=5')).status).toBe(200);
        if (tried % 10 === 0) await expectHealthy();
      }),
      { numRuns: 120, seed: 1207 },
    );
    await expectHealthy();
  }, 60_000);
});

/** A random edit of a snapshot document: set, delete or duplicate something at a random place. */
type Edit = { at: number[]; key: string; op: 'set' | 'delete' | 'duplicate'; value: unknown };
const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
  key: fc.constantFrom('id', 'name', 'type', 'root', 'groups', 'document', 'Statement', 'Action', 'Effect', 'principal', 'policyId', 'scope', 'ids', 'duration', 'userId', 'userType', 'content', 'owner', 'grants', 'authType', 'enterpriseProjectId', 'Version'),
  op: fc.constantFrom('set', 'delete', 'duplicate'),
  value: hostileValue,
});

function applyEdit(doc: Record<string, unknown>, e: Edit): void {
  const collections = ['projects', 'enterpriseProjects', 'users', 'groups', 'policies', 'attachments', 'agencies', 'authorizations', 'workspaces'];
  let node: unknown = doc[collections[e.at[0]! % collections.length]!];
  for (const step of e.at.slice(1)) {
    if (Array.isArray(node) && node.length > 0) node = node[step % node.length];
    else if (node && typeof node === 'object') {
      const keys = Object.keys(node);
      if (keys.length === 0) break;
      node = (node as Record<string, unknown>)[keys[step % keys.length]!];
    }
  }
  if (Array.isArray(node)) {
    if (e.op === 'duplicate' && node.length > 0) node.push(structuredClone(node[0]));
    else if (e.op === 'delete') node.pop();
    else node.push(e.value);
  } else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (e.op === 'delete') delete o[e.key];
    else o[e.key] = e.op === 'duplicate' ? structuredClone(Object.values(o)[0]) : e.value;
  }
}

describe('fuzz: snapshot import', () => {
  it('is all or nothing, and an accepted snapshot never breaks the console', async () => {
    const seed = (await adminCall('/__mock/snapshot')).body as Record<string, unknown>;
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 3 }), async (edits) => {
        await adminCall('/__mock/snapshot', { method: 'PUT', body: seed });
        const before = (await adminCall('/__mock/snapshot')).body;
        const doc = structuredClone(seed);
        for (const e of edits) applyEdit(doc, e);
        const r = await adminCall('/__mock/snapshot', { method: 'PUT', body: doc });
        expect(r.status, JSON.stringify(edits).slice(0, 300)).not.toBe(500);
        if (r.status !== 200) {
          expect(r.status).toBe(400);
          expect(typeof r.body.explanation?.path).toBe('string');
          expect((await adminCall('/__mock/snapshot')).body).toEqual(before);
          return;
        }
        const exported = (await adminCall('/__mock/snapshot')).body;
        expect(checkSnapshot(exported).ok).toBe(true);
        for (const p of store.state.policies.values()) {
          if (p.type === 'custom') expect(validatePolicy(p.document, p.name).filter((f) => f.severity === 'error')).toEqual([]);
        }
        await expectHealthy();
      }),
      { numRuns: 50, seed: 1207 },
    );
  }, 60_000);
});
