import { describe, expect, it } from 'vitest';
import { faultsSchema, importResultSchema } from '@/api/contracts/mock';
import { checkSnapshot } from '@/api/contracts/snapshot';
import { as, adminCall, call, expectMaError, expectSchema } from '../testing';

const AUTHS = '/v2/p-cn-north-4/authorizations';

describe('/__mock/snapshot', () => {
  it('exports a valid snapshot of the store', async () => {
    const r = await adminCall('/__mock/snapshot');
    expect(r.status).toBe(200);
    expect(checkSnapshot(r.body).ok).toBe(true);
    expect(r.body).toMatchObject({ format: 'modelarts-console-snapshot', version: 2, domain: { id: 'd-acme', name: 'acme' }, authMode: 'strict', workspaceEnabled: true });
    expect(JSON.stringify(r.body)).not.toContain('secretKey');
  });

  it('export → reset → import round trip is equal', async () => {
    const root = await as();
    await root.post(AUTHS, { user_id: 'u-nora', content: 'modelarts_agency_ravi_8e1d' });
    await root.put('/v1/auth-mode', { mode: 'loose' });
    await root.post('/v3/groups', { group: { name: 'speech-team' } });
    const exported = (await adminCall('/__mock/snapshot')).body;
    await adminCall('/__mock/reset', { method: 'POST' });
    expect((await adminCall('/__mock/snapshot')).body).not.toEqual(exported);
    const imported = await adminCall('/__mock/snapshot', { method: 'PUT', body: exported });
    expect(imported.status).toBe(200);
    expect(expectSchema(importResultSchema, imported.body).counts.groups).toBe(exported.groups.length);
    expect((await adminCall('/__mock/snapshot')).body).toEqual(exported);
  });

  it('imports a version 1 snapshot: its authorizations belong to the default region', async () => {
    const doc = (await adminCall('/__mock/snapshot')).body;
    const v1 = { ...doc, version: 1, authorizations: doc.authorizations.filter((a: { projectId: string }) => a.projectId === 'p-cn-east-3').map(({ projectId: _p, ...a }: { projectId: string }) => a) };
    expect((await adminCall('/__mock/snapshot', { method: 'PUT', body: v1 })).status).toBe(200);
    const again = (await adminCall('/__mock/snapshot')).body;
    expect(again.version).toBe(2);
    expect(new Set(again.authorizations.map((a: { projectId: string }) => a.projectId))).toEqual(new Set(['p-cn-north-4']));
    expect(again.authorizations).toHaveLength(v1.authorizations.length);
    const missing = { ...doc, authorizations: [{ ...doc.authorizations[0], projectId: undefined }] };
    expect((await adminCall('/__mock/snapshot', { method: 'PUT', body: missing })).body.explanation.path).toBe('$.authorizations[0].projectId');
    const unknownRegion = { ...doc, authorizations: [{ ...doc.authorizations[0], projectId: 'p-mars-1' }] };
    expect((await adminCall('/__mock/snapshot', { method: 'PUT', body: unknownRegion })).body.explanation).toEqual({ path: '$.authorizations[0].projectId', message: 'Unknown project "p-mars-1"' });
  });

  it('keeps the coverage report of a collected snapshot until the next import or reset; every signed-in persona reads it', async () => {
    const INCOMPLETE_COLLECTION = {
      tool: 'npm run collect',
      collectedAt: '2026-12-07T15:00:00.000Z',
      complete: false,
      regions: ['cn-north-4'],
      calls: [{ name: 'IAM users', method: 'GET', path: '/v3/users', status: 'denied', httpStatus: 403, count: 0, permission: 'iam:users:listUsers' }],
    };
    const liam = await as('liam');
    expect((await liam.get('/__mock/collection')).body).toEqual({ collection: null });
    const doc = { ...(await adminCall('/__mock/snapshot')).body, collection: INCOMPLETE_COLLECTION };
    expect((await adminCall('/__mock/snapshot', { method: 'PUT', body: doc })).status).toBe(200);
    expect((await liam.get('/__mock/collection')).body).toEqual({ collection: INCOMPLETE_COLLECTION });
    expect((await adminCall('/__mock/snapshot')).body.collection).toEqual(INCOMPLETE_COLLECTION);
    expect((await call('/__mock/collection')).status).toBe(401);
    await adminCall('/__mock/reset', { method: 'POST' });
    expect((await liam.get('/__mock/collection')).body).toEqual({ collection: null });
  });

  it('keeps unknown keys of an imported snapshot (nothing the format holds is lost)', async () => {
    const doc = (await adminCall('/__mock/snapshot')).body;
    doc.users[1].department = 'platform';
    doc.workspaces[0].tags = { team: 'all' };
    await adminCall('/__mock/snapshot', { method: 'PUT', body: doc });
    const again = (await adminCall('/__mock/snapshot')).body;
    expect(again.users[1].department).toBe('platform');
    expect(again.workspaces[0].tags).toEqual({ team: 'all' });
  });

  it('rejects a broken reference with its JSON path and changes nothing', async () => {
    const before = (await adminCall('/__mock/snapshot')).body;
    const broken = structuredClone(before);
    broken.users[3].groups.push('g-missing');
    broken.authMode = 'loose';
    const r = await adminCall('/__mock/snapshot', { method: 'PUT', body: broken });
    expectMaError(r, 400, 'ModelArts.0104');
    expect(r.body.explanation).toEqual({ path: `$.users[3].groups[${broken.users[3].groups.length - 1}]`, message: 'Unknown group "g-missing"' });
    expect(r.body.error_msg).toContain('$.users[3].groups');
    expect((await adminCall('/__mock/snapshot')).body).toEqual(before);

    const badAgency = structuredClone(before);
    badAgency.authorizations[0].content = 'nope';
    expect((await adminCall('/__mock/snapshot', { method: 'PUT', body: badAgency })).body.explanation.path).toBe('$.authorizations[0].content');
    const wrongVersion = { ...before, version: 3 };
    expect((await adminCall('/__mock/snapshot', { method: 'PUT', body: wrongVersion })).body.explanation.path).toBe('$.version');
    const dupName = structuredClone(before);
    dupName.users[2].name = dupName.users[1].name;
    expect((await adminCall('/__mock/snapshot', { method: 'PUT', body: dupName })).body.explanation.path).toBe('$.users[2].name');
    expectMaError(await adminCall('/__mock/snapshot', { method: 'PUT', body: '{oops' }), 400, 'ModelArts.0101');
    expect((await adminCall('/__mock/snapshot')).body).toEqual(before);
  });

  it('keeps persona tokens of users that still exist across an import', async () => {
    const maya = await as('maya');
    const doc = (await adminCall('/__mock/snapshot')).body;
    await adminCall('/__mock/snapshot', { method: 'PUT', body: doc });
    expect((await maya.get('/v3/users/u-maya')).status).toBe(200);
  });
});

describe('/__mock/reset and /__mock/seed', () => {
  it('reset restores the seed organisation and clears faults', async () => {
    const root = await as();
    await root.del(`${AUTHS}?user_id=all`);
    await adminCall('/__mock/faults', { method: 'PUT', body: { latencyMs: 5 } });
    const r = await adminCall('/__mock/reset', { method: 'POST' });
    expect(r.body.result).toBe(true);
    expect((await root.get(AUTHS)).body.total_count).toBeGreaterThan(20);
    expect((await adminCall('/__mock/faults')).body.latencyMs).toBe(0);
  });

  it('loads the large organisation; lists stay fast', async () => {
    const r = await adminCall('/__mock/seed', { method: 'POST', body: { size: 'large' } });
    expect(r.body.counts).toMatchObject({ users: 10_000, groups: 1_000, authorizations: 5_000 });
    expectMaError(await adminCall('/__mock/seed', { method: 'POST', body: { size: 'huge' } }), 400, 'ModelArts.0104');
    const root = await as();
    await root.get(`${AUTHS}?limit=1`); // warm-up
    const page = (await root.get(`${AUTHS}?sort_by=create_time&order=desc&limit=50&offset=4000`)).body;
    const east = (await root.get('/v2/p-cn-east-3/authorizations?limit=1')).body.total_count as number;
    expect(page.total_count).toBe(5_000 - east);
    expect(page.auth).toHaveLength(50);
    for (let i = 0; i < 10; i++) expect((await root.get(`${AUTHS}?sort_by=user_name&limit=20&offset=${i * 20}`)).body.auth).toHaveLength(20);
    // A mutation followed by a list: no full re-serialisation, still quick.
    await root.del(`${AUTHS}?user_id=u-maya`);
    const after = (await root.get(`${AUTHS}?limit=10`)).body;
    expect(after.total_count).toBe(4_999 - east);
    // A non-administrator's call goes through the engine on the large snapshot.
    const maya = await as('maya');
    expect((await maya.get('/v1/p-cn-north-4/workspaces')).status).toBe(200);
    expect((await root.get('/v3/users?limit=1000&offset=9000')).body.users).toHaveLength(1000);
  });
});

describe('/__mock/faults', () => {
  it('GET / PUT the faults (validated)', async () => {
    expect(expectSchema(faultsSchema, (await adminCall('/__mock/faults')).body)).toEqual({ latencyMs: 0, failRate: 0, offline: false, failNext: [], deleteDelayMs: 2000 });
    expectMaError(await adminCall('/__mock/faults', { method: 'PUT', body: { failRate: 2 } }), 400, 'ModelArts.0104');
    const set = await adminCall('/__mock/faults', { method: 'PUT', body: { latencyMs: 1, deleteDelayMs: 0 } });
    expect(set.body).toMatchObject({ latencyMs: 1, deleteDelayMs: 0 });
  });

  it('failNext fails the next matching calls, then stops (shape of the path family)', async () => {
    const root = await as();
    await adminCall('/__mock/faults', { method: 'PUT', body: { failNext: [{ method: 'PUT', path: '/v3.0/OS-AGENCY/domains/', status: 503, times: 2 }] } });
    const grant = '/v3.0/OS-AGENCY/domains/d-acme/agencies/ag-maya/roles/pol-ma-readonly';
    expect((await root.get('/v3.0/OS-AGENCY/domains/d-acme/agencies/ag-maya/roles')).status).toBe(200); // method does not match
    const first = await root.put(grant);
    expect(first.status).toBe(503);
    expect(first.body).toMatchObject({ error: { code: 503 } });
    expect((await root.put(grant)).status).toBe(503);
    expect((await root.put(grant)).status).toBe(204);
    expect((await adminCall('/__mock/faults')).body.failNext).toEqual([]);

    await adminCall('/__mock/faults', { method: 'PUT', body: { failNext: [{ path: '/v2/', status: 500 }] } });
    const ma = await root.get(AUTHS);
    expect(ma.status).toBe(500);
    expect(ma.body.error_code).toBe('ModelArts.7001');
    expect((await root.get(AUTHS)).status).toBe(200);
  });

  it('offline: every API call fails at the network level, /__mock/ still answers', async () => {
    const root = await as();
    await call('/__mock/faults', { method: 'PUT', body: { offline: true }, token: root.token });
    await expect(fetch(AUTHS, { headers: { 'X-Auth-Token': root.token } })).rejects.toThrow();
    await expect(fetch('/v3/auth/tokens', { method: 'POST', body: '{}' })).rejects.toThrow();
    expect((await call('/__mock/faults', { method: 'PUT', body: { offline: false }, token: root.token })).status).toBe(200);
    expect((await root.get(AUTHS)).status).toBe(200);
  });

  it('failRate 1 fails every call with a 500; latency delays calls', async () => {
    const root = await as();
    await call('/__mock/faults', { method: 'PUT', body: { failRate: 1 }, token: root.token });
    expect((await root.get(AUTHS)).status).toBe(500);
    await call('/__mock/faults', { method: 'PUT', body: { latencyMs: 60 }, token: root.token });
    const t = performance.now();
    expect((await root.get(AUTHS)).status).toBe(200);
    expect(performance.now() - t).toBeGreaterThanOrEqual(55);
  });
});
