/** Regressions of issue 12: requests that broke later requests, escaped a rule, or reached the wrong persona. */
import { describe, expect, it } from 'vitest';
import { adminCall, as, call, expectIamError, expectMaError } from '../testing';

const AUTHS = '/v2/p-cn-north-4/authorizations';

describe('no request can make a later request fail', () => {
  it('an agency duration beyond any date is refused (was stored, then every list answered 500)', async () => {
    const root = await as();
    const r = await root.post('/v3.0/OS-AGENCY/agencies', { agency: { name: 'forever_and_more', duration: '99999999999' } });
    expectIamError(r, 400);
    expect(r.body.error.message).toContain('duration');
    expect((await root.get('/v3.0/OS-AGENCY/agencies?limit=1000')).status).toBe(200);
    expect((await root.post('/v3.0/OS-AGENCY/agencies', { agency: { name: 'ten_days', duration: '240' } })).status).toBe(201);
    expect((await root.post('/v3.0/OS-AGENCY/agencies', { agency: { name: 'one_day', duration: 'ONEDAY' } })).status).toBe(201);
  });

  it('a null or non-object body is a 400, never a 500', async () => {
    const root = await as();
    for (const body of ['null', '[]', '42', '"x"']) {
      expect((await call('/v1/p-cn-north-4/workspaces', { method: 'POST', body, token: root.token })).status).toBe(400);
      expect((await call('/v3/groups', { method: 'POST', body, token: root.token })).status).toBe(400);
    }
  });

  it('group names refuse CR, LF, NUL and other control characters', async () => {
    const root = await as();
    for (const name of ['evil\r\nX-Injected: 1', 'nul\u0000byte', 'tab\there', 'bell\u0007']) {
      expectIamError(await root.post('/v3/groups', { group: { name } }), 400);
    }
    expect((await root.post('/v3/groups', { group: { name: 'speech team 语音' } })).status).toBe(201);
  });
});

describe('authorizations (items 6 and 8)', () => {
  it('a federated row cannot take an IAM user id (or an agency id) under another name', async () => {
    const root = await as();
    await root.del(`${AUTHS}?user_id=u-nora`);
    const r = await root.post(AUTHS, { user_type: 'federate', user_id: 'u-nora', user_name: 'mallory', content: 'modelarts_agency_ravi_8e1d' });
    expectMaError(r, 400, 'ModelArts.0104');
    expectMaError(await root.post(AUTHS, { user_type: 'federate', user_id: 'ag-maya', user_name: 'mallory', content: 'modelarts_agency_ravi_8e1d' }), 400, 'ModelArts.0104');
    expect((await root.get(`${AUTHS}?search=mallory`)).body.total_count).toBe(0);
    // The real federated user still works, by name or by its own id.
    expect((await root.put(AUTHS, { user_type: 'federate', user_id: 'u-fed-carol', user_name: 'carol', content: 'modelarts_agency_maya_3f9a' })).status).toBe(200);
  });

  it('PUT cannot switch a row to another user_type', async () => {
    const root = await as();
    const r = await root.put(AUTHS, { user_type: 'federate', user_id: 'u-fed-carol', user_name: 'carol', content: 'modelarts_agency_maya_3f9a' });
    expect(r.status).toBe(200);
    // carol's row keyed u-fed-carol; an IAM-typed PUT on the same key is refused by target(), a grant one too.
    expectMaError(await root.put(AUTHS, { user_type: 'grant', user_id: 'u-fed-carol', content: 'modelarts_agency_maya_3f9a' }), 400, 'ModelArts.0104');
    const row = (await root.get(`${AUTHS}?search=carol`)).body.auth[0];
    expect(row).toMatchObject({ user_id: 'u-fed-carol', user_type: 'federate' });
  });

  it('Modify carries a version: a stale one answers 409 and changes nothing', async () => {
    const root = await as();
    const row = (await root.get(`${AUTHS}?search=maya`)).body.auth.find((a: { user_id: string }) => a.user_id === 'u-maya');
    expect(row.version).toBeGreaterThanOrEqual(1);
    const first = await root.put(AUTHS, { user_id: 'u-maya', content: 'modelarts_agency_ravi_8e1d', version: row.version });
    expect(first.status).toBe(200);
    const second = await root.put(AUTHS, { user_id: 'u-maya', content: 'modelarts_agency_maya_3f9a', version: row.version });
    expectMaError(second, 409, 'ModelArts.0409');
    const now = (await root.get(`${AUTHS}?search=maya`)).body.auth.find((a: { user_id: string }) => a.user_id === 'u-maya');
    expect(now).toMatchObject({ content: 'modelarts_agency_ravi_8e1d', version: row.version + 1 });
  });
});

describe('/__mock/* obeys the signed-in persona (item 7)', () => {
  it('a non-administrator can neither export, import, seed, reset nor set faults', async () => {
    const maya = await as('maya');
    const doc = (await adminCall('/__mock/snapshot')).body;
    doc.users.find((u: { name: string }) => u.name === 'maya').groups.push('g-admin');
    const tries = [
      call('/__mock/snapshot', { token: maya.token }),
      call('/__mock/snapshot', { method: 'PUT', body: doc, token: maya.token }),
      call('/__mock/seed', { method: 'POST', body: { size: 'large' }, token: maya.token }),
      call('/__mock/reset', { method: 'POST', token: maya.token }),
      call('/__mock/faults', { token: maya.token }),
      call('/__mock/faults', { method: 'PUT', body: { offline: true }, token: maya.token }),
    ];
    for (const r of await Promise.all(tries)) expectMaError(r, 403, 'ModelArts.0108');
    expect((await maya.get('/v3/users/u-maya/groups')).body.groups.some((g: { name: string }) => g.name === 'admin')).toBe(false);
  });

  it('without a token only the demo reset answers (the start screen can always recover)', async () => {
    expectMaError(await call('/__mock/snapshot'), 401, 'ModelArts.0201');
    expectMaError(await call('/__mock/faults', { method: 'PUT', body: {} }), 401, 'ModelArts.0201');
    const root = await as();
    await root.del(`${AUTHS}?user_id=all`);
    expect((await call('/__mock/reset', { method: 'POST' })).status).toBe(200);
    expect((await root.get(AUTHS)).body.total_count).toBeGreaterThan(20);
  });
});

describe('unknown API paths (item 11)', () => {
  it('answer a JSON 404 in the family shape, not the SPA page', async () => {
    const root = await as();
    const ma = await root.get('/v2/p-cn-north-4/no-such-thing');
    expectMaError(ma, 404, 'ModelArts.0104');
    expectIamError(await root.get('/v3/nothing-here'), 404);
    expectIamError(await root.get('/v3.0/OS-ROLE/nope'), 404);
    expect((await root.get('/v2/p-cn-north-4/agency')).status).toBe(404); // POST only
    expect((await adminCall('/__mock/unknown')).status).toBe(404);
  });
});
