import { describe, expect, it } from 'vitest';
import { tokenResponseSchema, userListSchema, userResponseSchema } from '@/api/contracts/iam';
import { authorizationListSchema, workspaceListSchema } from '@/api/contracts/modelarts';
import { store } from './store';
import { as, call, expectIamError, expectMaError, expectSchema, signIn } from './testing';

const AUTHS = '/v2/p-cn-north-4/authorizations';

describe('POST /v3/auth/tokens', () => {
  it('signs the account in as root, token in X-Subject-Token', async () => {
    const res = await call('/v3/auth/tokens', { method: 'POST', body: { auth: { identity: { methods: ['password'], password: { user: { name: 'acme', domain: { name: 'acme' } } } } } } });
    expect(res.status).toBe(201);
    expect(res.headers.get('X-Subject-Token')).toMatch(/^tok-u-root-[0-9a-f]+$/);
    const body = expectSchema(tokenResponseSchema, res.body);
    expect(body.token).toMatchObject({ user: { id: 'u-root', name: 'acme', domain: { id: 'd-acme', name: 'acme' } }, is_root: true, is_admin: true });
  });

  it('signs a persona in; admin-group members are administrators', async () => {
    const maya = await call('/v3/auth/tokens', { method: 'POST', body: { auth: { identity: { password: { user: { name: 'maya' } } } } } });
    expect(maya.body.token).toMatchObject({ is_root: false, is_admin: false });
    const sofia = await call('/v3/auth/tokens', { method: 'POST', body: { auth: { identity: { password: { user: { name: 'sofia' } } } } } });
    expect(sofia.body.token).toMatchObject({ is_root: false, is_admin: true });
  });

  it('rejects an unknown user (IAM shape) and a bad body (400 naming the field)', async () => {
    const unknown = await call('/v3/auth/tokens', { method: 'POST', body: { auth: { identity: { password: { user: { name: 'nobody' } } } } } });
    expectIamError(unknown, 401);
    const bad = await call('/v3/auth/tokens', { method: 'POST', body: { auth: {} } });
    expectIamError(bad, 400);
    expect(bad.body.error.message).toContain('auth.identity');
  });

  it('keeps persona tokens in the store, so they survive a reload', async () => {
    const token = await signIn('wes');
    expect(store.tokens.get(token)).toBe('u-wes');
    // A reload = the persisted state and tokens put back into the store.
    const persisted = structuredClone(store.persisted());
    store.reset();
    store.replace(persisted.state, persisted.tokens);
    expect((await call('/v3/users/u-wes', { token })).status).toBe(200);
  });
});

describe('authentication of calls', () => {
  it('no token → 401 ModelArts.0201 on ModelArts paths, IAM shape on IAM paths', async () => {
    expectMaError(await call(AUTHS), 401, 'ModelArts.0201');
    expectMaError(await call('/v1/auth-mode'), 401, 'ModelArts.0201');
    expectIamError(await call('/v3/users'), 401);
    expectIamError(await call('/v1.0/enterprise-projects'), 401);
  });

  it('unknown token → 401 ModelArts.0203', async () => {
    expectMaError(await call(AUTHS, { token: 'tok-nope' }), 401, 'ModelArts.0203');
    expectIamError(await call('/v3/projects', { token: 'tok-nope' }), 401);
  });

  it("a deleted user's token stops working", async () => {
    const root = await as();
    const pat = await signIn('pat');
    expect((await root.del('/v3/users/u-pat')).status).toBe(204);
    expectMaError(await call(AUTHS, { token: pat }), 401, 'ModelArts.0203');
  });
});

describe('authorization of calls', () => {
  it('admin APIs: root and the admin group pass, others get 403 ModelArts.0108', async () => {
    const maya = await as('maya');
    const denied = await maya.put('/v1/auth-mode', { mode: 'loose' });
    expectMaError(denied, 403, 'ModelArts.0108');
    expect(denied.body.explanation).toBeTruthy();
    expect(store.state.authMode).toBe('strict');
    const sofia = await as('sofia');
    expect((await sofia.put('/v1/auth-mode', { mode: 'loose' })).body).toEqual({ domain_id: 'd-acme', mode: 'loose' });
    expect((await (await as()).get('/v1/auth-mode')).body.mode).toBe('loose');
  });

  it('IAM actions are decided by the engine; 403 carries its explanation in the IAM shape', async () => {
    const maya = await as('maya');
    const denied = await maya.get('/v3/users');
    expectIamError(denied, 403);
    expect(denied.body.error.message).toContain('iam:users:listUsers');
    expect(denied.body.error.explanation).toMatchObject({ decision: 'implicit_deny' });
    const grace = await as('grace'); // auditors: IAM Read Only
    const ok = await grace.get('/v3/users?limit=1000');
    expect(ok.status).toBe(200);
    expectSchema(userListSchema, ok.body);
    expectIamError(await grace.post('/v3/users', { user: { name: 'eve' } }), 403);
  });

  it('shell look-ups are open to every signed-in user', async () => {
    const maya = await as('maya');
    expect((await maya.get('/v3/projects')).status).toBe(200);
    expect((await maya.get('/v1.0/enterprise-projects')).status).toBe(200);
    expectSchema(userResponseSchema, (await maya.get('/v3/users/u-maya')).body);
    expect((await maya.get('/v3/users/u-maya/groups')).body.groups.map((g: { name: string }) => g.name)).toEqual(['data-scientists']);
    expectIamError(await maya.get('/v3/users/u-omar'), 403);
    expectIamError(await maya.get('/v3/users/u-omar/groups'), 403);
    const ws = await maya.get('/v1/p-cn-north-4/workspaces?filter_accessible=true');
    const names = expectSchema(workspaceListSchema, ws.body).workspaces.map((w) => w.name);
    expect(names.sort()).toEqual(['default', 'nlp-sandbox', 'vision-lab']);
    const wes = await as('wes');
    expect((await wes.get('/v1/p-cn-north-4/workspaces?filter_accessible=true')).body.workspaces.map((w: { name: string }) => w.name)).not.toContain('vision-lab');
  });

  it('GET authorizations: administrators see every row, others their own and the all-users row', async () => {
    const root = await as();
    const all = expectSchema(authorizationListSchema, (await root.get(AUTHS)).body);
    expect(all.total_count).toBe([...store.state.authorizations.values()].filter((a) => a.projectId === 'p-cn-north-4').length);
    const maya = await as('maya');
    expect((await maya.get(AUTHS)).body.auth.map((a: { user_name: string }) => a.user_name)).toEqual(['maya']);
    await root.post(AUTHS, { user_id: 'all', user_type: 'all-users', type: 'agency', content: 'modelarts_agency_ravi_8e1d' });
    const mine = (await maya.get(AUTHS)).body;
    expect(mine.total_count).toBe(2);
    expect(mine.auth.map((a: { user_id: string }) => a.user_id).sort()).toEqual(['all-users', 'u-maya']);
    const nora = await as('nora');
    expect((await nora.get(AUTHS)).body.auth.map((a: { user_id: string }) => a.user_id)).toEqual(['all-users']);
  });
});
