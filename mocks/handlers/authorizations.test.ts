import { describe, expect, it } from 'vitest';
import { agencyResponseSchema } from '@/api/contracts/iam';
import { authorizationListSchema, modelArtsAgencyResponseSchema, resultSchema } from '@/api/contracts/modelarts';
import { checkScenario } from '@/iam';
import { store } from '../store';
import { authorizationKey } from '../store/types';
import { as, expectIamError, expectMaError, expectSchema } from '../testing';

const AUTHS = '/v2/p-cn-north-4/authorizations';
const EAST = '/v2/p-cn-east-3/authorizations';
/** The stored row of a user in cn-north-4. */
const stored = (userKey: string) => store.state.authorizations.get(authorizationKey('p-cn-north-4', userKey));
const northCount = () => [...store.state.authorizations.values()].filter((a) => a.projectId === 'p-cn-north-4').length;
type Row = { user_id: string; user_name: string | null; create_time: number; content: string; type: string };

describe('GET /v2/{project_id}/authorizations', () => {
  it('pages, sorts and counts', async () => {
    const root = await as();
    const total = northCount();
    const page = expectSchema(authorizationListSchema, (await root.get(`${AUTHS}?limit=5&offset=2`)).body);
    expect(page.total_count).toBe(total);
    expect(page.auth).toHaveLength(5);
    const all = (await root.get(AUTHS)).body.auth as Row[];
    expect(all.map((r) => r.user_id).slice(2, 7)).toEqual(page.auth.map((r) => r.user_id));
    const names = all.map((r) => (r.user_name ?? '').toLowerCase());
    expect(names).toEqual([...names].sort());
    const desc = (await root.get(`${AUTHS}?sort_by=user_name&order=desc`)).body.auth as Row[];
    expect(desc.map((r) => r.user_id)).toEqual([...all].reverse().map((r) => r.user_id));
    const byTime = (await root.get(`${AUTHS}?sort_by=create_time&order=desc`)).body.auth as Row[];
    const times = byTime.map((r) => r.create_time);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const found = (await root.get(`${AUTHS}?search=MAY`)).body;
    expect(found.total_count).toBe(1);
    expect(found.auth[0]).toMatchObject({ user_id: 'u-maya', user_name: 'maya', user_type: 'iam', type: 'agency', content: 'modelarts_agency_maya_3f9a' });
  });

  it('rejects bad list parameters with a 400 naming them', async () => {
    const root = await as();
    for (const q of ['limit=0', 'limit=1001', 'offset=-1', 'sort_by=content', 'order=up']) {
      const r = await root.get(`${AUTHS}?${q}`);
      expectMaError(r, 400, 'ModelArts.0104');
      expect(r.body.error_msg).toContain(q.split('=')[0]);
    }
  });

  it('rejects an unknown region project', async () => {
    expectMaError(await (await as()).get('/v2/p-nowhere/authorizations'), 400, 'ModelArts.0104');
  });

  it('never returns a secret key', async () => {
    const root = await as();
    const body = JSON.stringify((await root.get(AUTHS)).body);
    expect(body).not.toContain('xY7kR2pQ9sT4vW8zA1bC3dE5fG6hJ0mN2qL4oP6r');
    expect(body).toContain('HPUAL3QZ7NWX4KD9RBTM');
  });
});

describe('authorizations per region', () => {
  it('each region lists, creates and clears only its own rows', async () => {
    const root = await as();
    const north = (await root.get(AUTHS)).body as { total_count: number; auth: Row[] };
    const east = (await root.get(EAST)).body as { total_count: number; auth: Row[] };
    expect(east.total_count).toBeGreaterThan(0);
    expect(east.total_count).toBeLessThan(north.total_count);
    expect(east.auth.map((r) => r.user_id)).toContain('u-maya');
    expect(east.auth.map((r) => r.user_id)).not.toContain('u-omar');
    // nora is authorized in neither region; authorizing her in cn-east-3 leaves cn-north-4 as it was.
    expect((await root.post(EAST, { user_id: 'u-nora', user_type: 'iam', type: 'agency', content: 'modelarts_agency_ravi_8e1d' })).status).toBe(200);
    expect((await root.get(AUTHS)).body.total_count).toBe(north.total_count);
    // maya has a row in each region: the second POST in the same region is refused, in the other it is a row of its own.
    expectMaError(await root.post(EAST, { user_id: 'u-maya', user_type: 'iam', type: 'agency', content: 'modelarts_agency_ravi_8e1d' }), 400, 'ModelArts.0424');
    expect((await root.del(`${EAST}?user_id=all`)).body).toEqual({ result: true });
    expect((await root.get(EAST)).body.total_count).toBe(0);
    expect((await root.get(AUTHS)).body.total_count).toBe(north.total_count);
    expectMaError(await root.get('/v2/p-nowhere/authorizations'), 400, 'ModelArts.0104');
  });
});

describe('POST / PUT / DELETE /v2/{project_id}/authorizations', () => {
  it('creates an authorization; a second one for the same user → ModelArts.0424', async () => {
    const root = await as();
    const r = await root.post(AUTHS, { user_id: 'u-nora', user_type: 'iam', type: 'agency', content: 'modelarts_agency_ravi_8e1d' });
    expect(r.status).toBe(200);
    expectSchema(resultSchema, r.body);
    expect((await root.get(`${AUTHS}?search=nora`)).body.auth[0]).toMatchObject({ user_id: 'u-nora', content: 'modelarts_agency_ravi_8e1d' });
    expectMaError(await root.post(AUTHS, { user_id: 'u-nora', type: 'agency', content: 'modelarts_agency_ravi_8e1d' }), 400, 'ModelArts.0424');
  });

  it('validates the body: 3036 for a missing field, 0104 for an invalid one, 4335 for an unknown agency', async () => {
    const root = await as();
    const missing = await root.post(AUTHS, { user_id: 'u-nora', type: 'agency' });
    expectMaError(missing, 400, 'ModelArts.3036');
    expect(missing.body.error_msg).toContain('content');
    const invalid = await root.post(AUTHS, { user_id: 'u-nora', user_type: 'robot', content: 'x' });
    expectMaError(invalid, 400, 'ModelArts.0104');
    expect(invalid.body.error_msg).toContain('user_type');
    const badKey = await root.post(AUTHS, { user_id: 'u-nora', type: 'credential', content: 'AK', secret_key: 'short' });
    expectMaError(badKey, 400, 'ModelArts.0104');
    expect(badKey.body.error_msg).toContain('secret_key');
    expectMaError(await root.post(AUTHS, { user_id: 'u-nora', type: 'agency', content: 'no_such_agency' }), 403, 'ModelArts.4335');
    expectMaError(await root.post(AUTHS, { user_id: 'u-ghost', type: 'agency', content: 'modelarts_agency_ravi_8e1d' }), 400, 'ModelArts.0104');
    const notJson = await root.post(AUTHS, '{not json');
    expectMaError(notJson, 400, 'ModelArts.0101');
    expect(store.state.authorizations.has('u-nora')).toBe(false);
  });

  it('PUT replaces the agency atomically; unknown user → 0429; unknown agency → 4335 and nothing changes', async () => {
    const root = await as();
    const before = stored('u-maya')!;
    const ok = await root.put(AUTHS, { user_id: 'u-maya', type: 'agency', content: 'modelarts_agency_ravi_8e1d' });
    expect(ok.body).toEqual({ result: true });
    const row = (await root.get(`${AUTHS}?search=maya`)).body.auth[0] as Row;
    expect(row.content).toBe('modelarts_agency_ravi_8e1d');
    expect(row.create_time).toBe(before.createTime);
    expectMaError(await root.put(AUTHS, { user_id: 'u-maya', type: 'agency', content: 'nope' }), 403, 'ModelArts.4335');
    expect(stored('u-maya')!.content).toBe('modelarts_agency_ravi_8e1d');
    expectMaError(await root.put(AUTHS, { user_id: 'u-nora', type: 'agency', content: 'modelarts_agency_ravi_8e1d' }), 400, 'ModelArts.0429');
  });

  it('DELETE one row, the all-users row, or every row (user_id=all)', async () => {
    const root = await as();
    expectMaError(await root.del(AUTHS), 400, 'ModelArts.3036');
    expect((await root.del(`${AUTHS}?user_id=u-maya`)).body).toEqual({ result: true });
    expectMaError(await root.del(`${AUTHS}?user_id=u-maya`), 400, 'ModelArts.0429');
    expectMaError(await root.del(`${AUTHS}?user_id=u-ghost`), 400, 'ModelArts.0429');

    await root.post(AUTHS, { user_type: 'all-users', type: 'agency', content: 'modelarts_agency_ravi_8e1d' });
    const withAll = (await root.get(AUTHS)).body;
    expect(withAll.auth.find((r: Row) => r.user_id === 'all-users')).toMatchObject({ user_name: 'all-users', user_type: 'all-users' });
    // Re-posting all users replaces the row (docs/api.md).
    expect((await root.post(AUTHS, { user_id: 'all', user_type: 'all-users', type: 'agency', content: 'ma_agency_develop_user' })).status).toBe(200);
    expect(stored('all')!.content).toBe('ma_agency_develop_user');
    await root.del(`${AUTHS}?user_id=all-users`);
    expect((await root.get(AUTHS)).body.total_count).toBe(withAll.total_count - 1);

    expect((await root.del(`${AUTHS}?user_id=all`)).body).toEqual({ result: true });
    expect((await root.get(AUTHS)).body).toEqual({ total_count: 0, auth: [] });
  });

  it('federated and agency (grant) rows', async () => {
    const root = await as();
    expect((await root.post(AUTHS, { user_name: 'diego', user_type: 'federate', type: 'agency', content: 'modelarts_agency_ravi_8e1d' })).status).toBe(200);
    expect(stored('u-fed-diego')).toMatchObject({ userType: 'federate', userName: 'diego' });
    expectMaError(await root.post(AUTHS, { user_type: 'federate', content: 'modelarts_agency_ravi_8e1d' }), 400, 'ModelArts.3036');
    expectMaError(await root.post(AUTHS, { user_id: 'ag-partner', user_type: 'grant', type: 'agency', content: 'modelarts_agency_ravi_8e1d' }), 400, 'ModelArts.0424');
    expect((await root.del(`${AUTHS}?user_id=diego`)).status).toBe(200);
  });

  it('non-administrators get 403 on every mutation', async () => {
    const maya = await as('maya');
    expectMaError(await maya.post(AUTHS, { user_id: 'u-nora', content: 'modelarts_agency_ravi_8e1d' }), 403, 'ModelArts.0108');
    expectMaError(await maya.put(AUTHS, { user_id: 'u-maya', content: 'modelarts_agency_ravi_8e1d' }), 403, 'ModelArts.0108');
    expectMaError(await maya.del(`${AUTHS}?user_id=all`), 403, 'ModelArts.0108');
    expect(store.state.authorizations.size).toBeGreaterThan(20);
  });
});

describe('Add Authorization: create agency → grant its policies → create authorization', () => {
  it('makes nora ready for training-management', async () => {
    const root = await as();
    const before = checkScenario(store.toEngineSnapshot(), { user: 'nora', scenario: 'training-management', projectId: 'p-cn-north-4' });
    expect(before.blockers).toEqual(['no_agency']);

    const created = await root.post('/v3.0/OS-AGENCY/agencies', {
      agency: { name: 'modelarts_agency_nora_1a2b', domain_id: 'd-acme', trust_domain_name: 'op_svc_modelarts', duration: 'FOREVER', description: 'Created by ModelArts service.' },
    });
    expect(created.status).toBe(201);
    const agency = expectSchema(agencyResponseSchema, created.body).agency;
    expect(agency).toMatchObject({ name: 'modelarts_agency_nora_1a2b', trust_domain_name: 'op_svc_modelarts', duration: 'FOREVER', expire_time: null });
    expect((await root.put(`/v3.0/OS-AGENCY/domains/d-acme/agencies/${agency.id}/roles/pol-agency-obs`)).status).toBe(204);
    expect((await root.put(`/v3.0/OS-AGENCY/projects/p-cn-north-4/agencies/${agency.id}/roles/sys-modelarts-commonoperations`)).status).toBe(204);
    const roles = (await root.get(`/v3.0/OS-AGENCY/domains/d-acme/agencies/${agency.id}/roles`)).body;
    expect(roles.roles.map((r: { id: string }) => r.id)).toEqual(['pol-agency-obs']);
    expect((await root.post(AUTHS, { user_id: 'u-nora', user_type: 'iam', type: 'agency', content: 'modelarts_agency_nora_1a2b' })).status).toBe(200);

    const after = checkScenario(store.toEngineSnapshot(), { user: 'nora', scenario: 'training-management', projectId: 'p-cn-north-4' });
    expect(after).toMatchObject({ ready: true, agency: { name: 'modelarts_agency_nora_1a2b', missing: [] } });

    // Retry of step 1 never creates a second agency.
    expectIamError(await root.post('/v3.0/OS-AGENCY/agencies', { agency: { name: 'modelarts_agency_nora_1a2b' } }), 409);
    // The agency is in use: it cannot be deleted.
    expectIamError(await root.del(`/v3.0/OS-AGENCY/agencies/${agency.id}`), 409);
  });
});

describe('POST /v2/{project_id}/agency', () => {
  it('creates ma_agency_<suffix> or modelarts_agency; a clash → ModelArts.4502', async () => {
    const root = await as();
    const r = await root.post('/v2/p-cn-north-4/agency', { agency_name_suffix: 'iam-user01' });
    expect(expectSchema(modelArtsAgencyResponseSchema, r.body)).toEqual({ agency_name: 'ma_agency_iam-user01' });
    expect(store.agencyByName('ma_agency_iam-user01')).toMatchObject({ delegate: 'op_svc_modelarts', description: 'Created by ModelArts service.' });
    expectMaError(await root.post('/v2/p-cn-north-4/agency', { agency_name_suffix: 'iam-user01' }), 400, 'ModelArts.4502');
    expect((await root.post('/v2/p-cn-north-4/agency', {})).body).toEqual({ agency_name: 'modelarts_agency' });
    expectMaError(await root.post('/v2/p-cn-north-4/agency', { agency_name_suffix: 'x'.repeat(51) }), 400, 'ModelArts.0104');
    expectMaError(await root.post('/v2/p-cn-north-4/agency', { agency_name_suffix: 'bad name!' }), 400, 'ModelArts.0104');
  });
});
