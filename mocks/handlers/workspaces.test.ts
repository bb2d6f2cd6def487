import { afterEach, describe, expect, it, vi } from 'vitest';
import { workspaceListSchema, workspaceQuotasSchema, workspaceSchema } from '@/api/contracts/modelarts';
import { store } from '../store';
import { EP_PRODUCTION, EP_RESEARCH, WS_LLM_FINETUNE, WS_NLP_SANDBOX, WS_VISION_LAB } from '../store/seed';
import { as, adminCall, expectMaError, expectSchema } from '../testing';

const WS = '/v1/p-cn-north-4/workspaces';

afterEach(() => {
  vi.useRealTimers();
});

describe('workspace list', () => {
  it('lists with total_count and count, filters by name (fuzzy) and enterprise project, sorts', async () => {
    const root = await as();
    const all = expectSchema(workspaceListSchema, (await root.get(WS)).body);
    expect(all.total_count).toBe(4);
    expect(all.workspaces.map((w) => w.name)).toEqual(['vision-lab', 'nlp-sandbox', 'llm-finetune', 'default']); // default order: name desc
    const asc = (await root.get(`${WS}?order=asc&limit=2&offset=1`)).body;
    expect(asc).toMatchObject({ total_count: 4, count: 2 });
    expect(asc.workspaces.map((w: { name: string }) => w.name)).toEqual(['llm-finetune', 'nlp-sandbox']);
    expect((await root.get(`${WS}?name=LAB`)).body.workspaces.map((w: { id: string }) => w.id)).toEqual([WS_VISION_LAB]);
    expect((await root.get(`${WS}?enterprise_project_id=${EP_RESEARCH}`)).body.total_count).toBe(2);
    const vision = all.workspaces.find((w) => w.id === WS_VISION_LAB)!;
    expect(vision).toMatchObject({ auth_type: 'INTERNAL', owner: 'u-kai', owner_name: 'kai', enterprise_project_name: 'research', status: 'NORMAL', version: 1 });
    expect(vision.grants.map((g) => g.user_name)).toEqual(['nina', 'wei', 'maya']);
  });

  it('needs modelarts:workspace:list unless filter_accessible=true', async () => {
    const liam = await as('liam'); // no ModelArts policy
    expectMaError(await liam.get(WS), 403, 'ModelArts.0108');
    expect((await liam.get(`${WS}?filter_accessible=true`)).body.workspaces.map((w: { id: string }) => w.id).sort()).toEqual(['0', WS_NLP_SANDBOX].sort());
    const maya = await as('maya');
    expect((await maya.get(WS)).body.total_count).toBe(4);
  });
});

describe('workspace create / get / update / delete', () => {
  it('creates a workspace with a 32-hex id, owned by the caller', async () => {
    const root = await as();
    const r = await root.post(WS, { name: 'speech-lab', description: 'ASR', enterprise_project_id: EP_RESEARCH, auth_type: 'internal', grants: [{ user_name: 'maya' }, { user_id: 'u-wes' }] });
    expect(r.status).toBe(201);
    const w = expectSchema(workspaceSchema, r.body);
    expect(w.id).toMatch(/^[0-9a-f]{32}$/);
    expect(w).toMatchObject({ name: 'speech-lab', owner: 'u-root', auth_type: 'INTERNAL', enterprise_project_id: EP_RESEARCH, status: 'NORMAL', version: 1 });
    expect(w.grants).toEqual([{ user_id: 'u-maya', user_name: 'maya' }, { user_id: 'u-wes', user_name: 'wes' }]);
    expect((await root.get(`${WS}/${w.id}`)).body.name).toBe('speech-lab');
  });

  it('validates: name rules, "default" reserved, duplicate name, unknown enterprise project or grant', async () => {
    const root = await as();
    for (const name of ['abc', 'has space', 'default', 'x'.repeat(65)]) {
      const r = await root.post(WS, { name });
      expectMaError(r, 400, 'ModelArts.0104');
      expect(r.body.error_msg).toContain('name');
    }
    expectMaError(await root.post(WS, {}), 400, 'ModelArts.3036');
    expectMaError(await root.post(WS, { name: 'vision-lab' }), 400, 'ModelArts.0104');
    expectMaError(await root.post(WS, { name: 'new-space', enterprise_project_id: 'nope' }), 400, 'ModelArts.0104');
    expectMaError(await root.post(WS, { name: 'new-space', auth_type: 'INTERNAL', grants: [{ user_name: 'ghost' }] }), 400, 'ModelArts.0104');
    expect(store.state.workspaces.size).toBe(4);
  });

  it('evaluates workspace:create in the target enterprise project (omar: Workspace Administrator on "production" only)', async () => {
    const omar = await as('omar');
    expect((await omar.post(WS, { name: 'prod-serving', enterprise_project_id: EP_PRODUCTION })).status).toBe(201);
    expectMaError(await omar.post(WS, { name: 'default-two', enterprise_project_id: '0' }), 403, 'ModelArts.0108');
  });

  it('GET a missing workspace → 404 ModelArts.7005; a workspace that does not admit the caller → 403 with the engine reason', async () => {
    const root = await as();
    expectMaError(await root.get(`${WS}/ffffffffffffffffffffffffffffffff`), 404, 'ModelArts.7005');
    const wes = await as('wes');
    const r = await wes.get(`${WS}/${WS_VISION_LAB}`);
    expectMaError(r, 403, 'ModelArts.0108');
    expect(r.body.explanation).toMatchObject({ reason: 'workspace_not_authorized', blockedBy: 'workspace' });
    expect((await (await as('maya')).get(`${WS}/${WS_VISION_LAB}`)).status).toBe(200);
  });

  it('PUT with a stale version → 409 and nothing overwritten; with the current one → version + 1', async () => {
    const root = await as();
    const w = (await root.get(`${WS}/${WS_NLP_SANDBOX}`));
    expect(w.headers.get('ETag')).toBe('"1"');
    const ok = await root.put(`${WS}/${WS_NLP_SANDBOX}`, { description: 'first', version: 1 });
    expect(ok.status).toBe(200);
    expect(expectSchema(workspaceSchema, ok.body)).toMatchObject({ description: 'first', version: 2 });
    const stale = await root.put(`${WS}/${WS_NLP_SANDBOX}`, { description: 'second', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error_code).toBe('ModelArts.0409');
    expect(store.state.workspaces.get(WS_NLP_SANDBOX)!.description).toBe('first');
    // If-Match works too.
    expect((await root.put(`${WS}/${WS_NLP_SANDBOX}`, { description: 'third' }, { 'If-Match': '"1"' })).status).toBe(409);
    expect((await root.put(`${WS}/${WS_NLP_SANDBOX}`, { description: 'third' }, { 'If-Match': '"2"' })).body.version).toBe(3);
  });

  it('switching to INTERNAL with grants; leaving INTERNAL drops them', async () => {
    const root = await as();
    const r = await root.put(`${WS}/${WS_NLP_SANDBOX}`, { auth_type: 'INTERNAL', grants: [{ user_id: 'u-wes' }] });
    expect(r.body).toMatchObject({ auth_type: 'INTERNAL', grants: [{ user_id: 'u-wes', user_name: 'wes' }] });
    expect((await root.put(`${WS}/${WS_NLP_SANDBOX}`, { auth_type: 'PUBLIC' })).body.grants).toEqual([]);
  });

  it('the default workspace: name and deletion immutable (ModelArts.3566)', async () => {
    const root = await as();
    expectMaError(await root.put(`${WS}/0`, { name: 'renamed' }), 400, 'ModelArts.3566');
    expectMaError(await root.del(`${WS}/0`), 400, 'ModelArts.3566');
    expect((await root.put(`${WS}/0`, { description: 'Shared by everyone' })).body.description).toBe('Shared by everyone');
  });

  it('DELETE → DELETING for deleteDelayMs, then gone (404 ModelArts.7005)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const root = await as();
    const r = await root.del(`${WS}/${WS_LLM_FINETUNE}`);
    expect(r.body).toEqual({ workspace_id: WS_LLM_FINETUNE });
    const during = await root.get(`${WS}/${WS_LLM_FINETUNE}`);
    expect(during.body).toMatchObject({ status: 'DELETING' });
    expectMaError(await root.put(`${WS}/${WS_LLM_FINETUNE}`, { description: 'x' }), 400, 'ModelArts.7004');
    expect((await root.get(`${WS}?filter_accessible=true`)).body.workspaces.map((w: { id: string }) => w.id)).not.toContain(WS_LLM_FINETUNE);
    vi.advanceTimersByTime(2001);
    expectMaError(await root.get(`${WS}/${WS_LLM_FINETUNE}`), 404, 'ModelArts.7005');
    expect((await root.get(WS)).body.total_count).toBe(3);
  });

  it('deleteDelayMs 0 through /__mock/faults: gone at the next call', async () => {
    await adminCall('/__mock/faults', { method: 'PUT', body: { deleteDelayMs: 0 } });
    const root = await as();
    await root.del(`${WS}/${WS_NLP_SANDBOX}`);
    expectMaError(await root.get(`${WS}/${WS_NLP_SANDBOX}`), 404, 'ModelArts.7005');
  });
});

describe('workspace quotas', () => {
  it('GET lists quotas; PUT changes them within min/max (or -1)', async () => {
    const root = await as();
    const q = expectSchema(workspaceQuotasSchema, (await root.get(`${WS}/0/quotas`)).body).quotas;
    expect(q.length).toBeGreaterThan(0);
    const nb = q.find((x) => x.resource === 'modelarts.notebook.instance')!;
    const ok = await root.put(`${WS}/0/quotas`, { quotas: [{ resource: nb.resource, quota: nb.max_quota }, { resource: 'modelarts.dataset', quota: -1 }] });
    expect(ok.status).toBe(200);
    const after = expectSchema(workspaceQuotasSchema, ok.body).quotas;
    expect(after.find((x) => x.resource === nb.resource)!.quota).toBe(nb.max_quota);
    expect(after.find((x) => x.resource === 'modelarts.dataset')!.quota).toBe(-1);
    const tooMany = await root.put(`${WS}/0/quotas`, { quotas: [{ resource: 'modelarts.dataset', quota: 5 }, { resource: nb.resource, quota: nb.max_quota + 1 }] });
    expectMaError(tooMany, 400, 'ModelArts.0104');
    expect(tooMany.body.error_msg).toContain('quotas[1].quota');
    expect(store.state.workspaces.get('0')!.quotas.find((x) => x.resource === 'modelarts.dataset')!.quota).toBe(-1);
    expectMaError(await root.put(`${WS}/0/quotas`, { quotas: [{ resource: 'gpu.unicorns', quota: 1 }] }), 400, 'ModelArts.0104');
    expectMaError(await root.put(`${WS}/0/quotas`, { quotas: [] }), 400, 'ModelArts.0104');
  });

  it('quotas of a missing workspace → 400 ModelArts.0102', async () => {
    const root = await as();
    expectMaError(await root.get(`${WS}/ffffffffffffffffffffffffffffffff/quotas`), 400, 'ModelArts.0102');
    expectMaError(await root.put(`${WS}/ffffffffffffffffffffffffffffffff/quotas`, { quotas: [{ resource: 'modelarts.dataset', quota: 1 }] }), 400, 'ModelArts.0102');
  });
});
