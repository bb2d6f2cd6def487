import { describe, expect, it } from 'vitest';
import {
  agencyListSchema,
  agencyResponseSchema,
  enterpriseProjectListSchema,
  groupListSchema,
  projectListSchema,
  roleAssignmentListSchema,
  roleListSchema,
  roleResponseSchema,
  userListSchema,
} from '@/api/contracts/iam';
import { store } from '../store';
import { as, expectIamError, expectSchema } from '../testing';

const POLICY = { Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['modelarts:notebook:list'] }] };

describe('users', () => {
  it('lists with paging, sorting and a name filter', async () => {
    const root = await as();
    const all = expectSchema(userListSchema, (await root.get('/v3/users?limit=1000')).body);
    expect(all.total_count).toBe(store.state.users.size);
    expect(all.users.map((u) => u.name)).toEqual([...all.users.map((u) => u.name)].sort((a, b) => a.localeCompare(b)));
    const page = (await root.get('/v3/users?limit=3&offset=3&order=desc')).body;
    expect(page.users).toHaveLength(3);
    expect((await root.get('/v3/users?name=MA&limit=1000')).body.users.map((u: { name: string }) => u.name).sort()).toEqual(['max', 'maya', 'omar']);
    expect((await root.get('/v3/users?type=federate&limit=1000')).body.total_count).toBe(2);
    const acme = all.users.find((u) => u.name === 'acme')!;
    expect(acme).toMatchObject({ is_root: true, is_admin: true, domain_id: 'd-acme' });
    expectIamError(await root.get('/v3/users?limit=5000'), 400);
  });

  it('creates (409 on a duplicate name, 400 on a bad name) and deletes users', async () => {
    const root = await as();
    const r = await root.post('/v3/users?limit=1000', { user: { name: 'eve', description: 'New analyst' } });
    expect(r.status).toBe(201);
    expect(r.body.user).toMatchObject({ name: 'eve', enabled: true, is_admin: false });
    expect(r.body.user.id).toMatch(/^[0-9a-f]{32}$/);
    expectIamError(await root.post('/v3/users?limit=1000', { user: { name: 'eve' } }), 409);
    const bad = await root.post('/v3/users?limit=1000', { user: { name: '1nvalid' } });
    expectIamError(bad, 400);
    expect(bad.body.error.message).toContain('user.name');
    expect((await root.del(`/v3/users/${r.body.user.id}`)).status).toBe(204);
    expectIamError(await root.get(`/v3/users/${r.body.user.id}`), 404);
    expectIamError(await root.del('/v3/users/u-root'), 400);
  });

  it('deleting a user removes their authorization and workspace grants, and hands owned workspaces to root', async () => {
    const root = await as();
    expect((await root.del('/v3/users/u-kai')).status).toBe(204);
    const lab = store.state.workspaces.get('4f6c1d2ab8e94e0f9a7c35d21b6e8f03')!;
    expect(lab.owner).toBe('u-root');
    await root.del('/v3/users/u-maya');
    expect(lab.grants.map((g) => g.userId)).not.toContain('u-maya');
    expect(store.state.authorizations.has('u-maya')).toBe(false);
  });
});

describe('groups and membership', () => {
  it('creates, lists, adds and removes members, deletes', async () => {
    const root = await as();
    const g = await root.post('/v3/groups', { group: { name: 'speech-team', description: 'ASR' } });
    expect(g.status).toBe(201);
    const id = g.body.group.id as string;
    expectIamError(await root.post('/v3/groups', { group: { name: 'speech-team' } }), 409);
    expect((await root.put(`/v3/groups/${id}/users/u-pat`)).status).toBe(204);
    expect((await root.put(`/v3/groups/${id}/users/u-pat`)).status).toBe(204); // idempotent
    expect((await root.get(`/v3/groups/${id}/users`)).body.users.map((u: { name: string }) => u.name)).toEqual(['pat']);
    expect((await root.get('/v3/users/u-pat/groups')).body.groups.map((x: { name: string }) => x.name)).toEqual(['speech-team']);
    expect((await root.del(`/v3/groups/${id}/users/u-pat`)).status).toBe(204);
    expectIamError(await root.del(`/v3/groups/${id}/users/u-pat`), 404);
    expectIamError(await root.put(`/v3/groups/${id}/users/u-ghost`), 404);
    const list = expectSchema(groupListSchema, (await root.get('/v3/groups?name=speech&limit=1000')).body);
    expect(list.total_count).toBe(1);
    expect((await root.del(`/v3/groups/${id}`)).status).toBe(204);
    expectIamError(await root.del('/v3/groups/g-admin'), 400);
  });

  it('Modify renames and redescribes a group (409 on a taken name; admin keeps its name; only administrators)', async () => {
    const root = await as();
    const r = await root.patch('/v3/groups/g-contractors', { group: { name: 'vendors', description: 'External vendors' } });
    expect(r.status).toBe(200);
    expect(r.body.group).toMatchObject({ id: 'g-contractors', name: 'vendors', description: 'External vendors' });
    expect(store.state.groups.get('g-contractors')).toMatchObject({ name: 'vendors', description: 'External vendors' });
    expectIamError(await root.patch('/v3/groups/g-contractors', { group: { name: 'data-scientists' } }), 409);
    expectIamError(await root.patch('/v3/groups/g-contractors', { group: { name: 'bad<name' } }), 400);
    expectIamError(await root.patch('/v3/groups/g-admin', { group: { name: 'root-group' } }), 400);
    expect((await root.patch('/v3/groups/g-admin', { group: { name: 'admin', description: 'Administrators' } })).status).toBe(200);
    expectIamError(await root.patch('/v3/groups/g-ghost', { group: { name: 'x' } }), 404);
    expectIamError(await (await as('dana')).patch('/v3/groups/g-contractors', { group: { name: 'mine' } }), 403);
  });

  it('deleting a group removes its members and grants', async () => {
    const root = await as();
    await root.del('/v3/groups/g-contractors');
    expect(store.state.users.get('u-dana')!.groups).toEqual(['g-data-scientists']);
    expect([...store.state.attachments.values()].some((a) => a.principal.id === 'g-contractors')).toBe(false);
  });
});

describe('roles (system and custom policies)', () => {
  it('lists system and custom policies with type AX/XA and references', async () => {
    const root = await as();
    const list = expectSchema(roleListSchema, (await root.get('/v3.0/OS-ROLE/roles?limit=1000')).body);
    const common = list.roles.find((r) => r.id === 'sys-modelarts-commonoperations')!;
    expect(common).toMatchObject({ catalog: 'system', type: 'XA', display_name: 'ModelArts CommonOperations' });
    expect(list.roles.find((r) => r.id === 'sys-obs-administrator')!.type).toBe('AX');
    expect(list.roles.find((r) => r.id === 'pol-obs-modelarts')).toMatchObject({ catalog: 'custom', type: 'AX' });
    expect(list.roles.find((r) => r.id === 'pol-ma-developer')!.references).toBeGreaterThan(0);
    expect((await root.get('/v3.0/OS-ROLE/roles?catalog=custom&limit=1000')).body.roles.every((r: { catalog: string }) => r.catalog === 'custom')).toBe(true);
    expect((await root.get('/v3.0/OS-ROLE/roles?display_name=deny&limit=1000')).body.total_count).toBe(2);
  });

  it('creates a custom policy; validator errors → 400 with findings; duplicate name → 409', async () => {
    const root = await as();
    const r = await root.post('/v3.0/OS-ROLE/roles?limit=1000', { role: { display_name: 'Notebook lister', type: 'XA', description: 'x', policy: POLICY } });
    expect(r.status).toBe(201);
    const role = expectSchema(roleResponseSchema, r.body).role;
    expect(role).toMatchObject({ catalog: 'custom', version: 1, references: 0 });
    expectIamError(await root.post('/v3.0/OS-ROLE/roles?limit=1000', { role: { display_name: 'notebook LISTER', type: 'XA', policy: POLICY } }), 409);
    const mixed = await root.post('/v3.0/OS-ROLE/roles?limit=1000', {
      role: { display_name: 'Mixed', type: 'XA', policy: { Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['modelarts:notebook:list', 'obs:object:GetObject'] }] } },
    });
    expectIamError(mixed, 400);
    expect(mixed.body.error.findings.some((f: { severity: string }) => f.severity === 'error')).toBe(true);
    const shape = await root.post('/v3.0/OS-ROLE/roles?limit=1000', { role: { display_name: 'Bad', type: 'XA', policy: { Version: '1.0', Statement: [] } } });
    expectIamError(shape, 400);
    expect(shape.body.error.message).toContain('role.policy');
  });

  it('updates a custom policy with its version (stale → 409); system policies are read-only', async () => {
    const root = await as();
    const body = (version: number, name = 'ModelArts Developer') => ({ role: { display_name: name, type: 'XA', description: 'changed', policy: POLICY }, version });
    const ok = await root.patch('/v3.0/OS-ROLE/roles/pol-ma-developer', body(1));
    expect(ok.status).toBe(200);
    expect(ok.body.role).toMatchObject({ version: 2, description: 'changed' });
    expectIamError(await root.patch('/v3.0/OS-ROLE/roles/pol-ma-developer', body(1)), 409);
    expect(store.state.policies.get('pol-ma-developer')!.version).toBe(2);
    expectIamError(await root.patch('/v3.0/OS-ROLE/roles/sys-modelarts-fullaccess', body(1, 'x')), 400);
    expectIamError(await root.patch('/v3.0/OS-ROLE/roles/nope', body(1, 'x')), 404);
  });

  it('delete is blocked while attached (409 naming the holders), then works', async () => {
    const root = await as();
    const blocked = await root.del('/v3.0/OS-ROLE/roles/pol-deny-training');
    expectIamError(blocked, 409);
    expect(blocked.body.error.message).toContain('contractors');
    await root.del('/v3/OS-INHERIT/domains/d-acme/groups/g-contractors/roles/pol-deny-training/inherited_to_projects');
    expect((await root.del('/v3.0/OS-ROLE/roles/pol-deny-training')).status).toBe(204);
    expectIamError(await root.del('/v3.0/OS-ROLE/roles/sys-modelarts-fullaccess'), 400);
  });
});

describe('grants in the four scopes and role assignments', () => {
  it('grants, lists and revokes in every scope', async () => {
    const root = await as();
    const g = 'g-analysts';
    const paths = {
      all: `/v3/OS-INHERIT/domains/d-acme/groups/${g}/roles/{r}/inherited_to_projects`,
      global: `/v3/domains/d-acme/groups/${g}/roles/{r}`,
      project: `/v3/projects/p-cn-east-3/groups/${g}/roles/{r}`,
      ep: `/v1.0/enterprise-projects/5aa119a8-d25b-45a7-8d1b-88e127885635/groups/${g}/roles/{r}`,
    };
    const lists = {
      all: `/v3/OS-INHERIT/domains/d-acme/groups/${g}/roles/inherited_to_projects`,
      global: `/v3/domains/d-acme/groups/${g}/roles`,
      project: `/v3/projects/p-cn-east-3/groups/${g}/roles`,
      ep: `/v1.0/enterprise-projects/5aa119a8-d25b-45a7-8d1b-88e127885635/groups/${g}/roles`,
    };
    for (const k of ['all', 'global', 'project', 'ep'] as const) {
      expect((await root.put(paths[k].replace('{r}', 'pol-ma-readonly'))).status).toBe(204);
      expect((await root.put(paths[k].replace('{r}', 'pol-ma-readonly'))).status).toBe(204);
      const roles = expectSchema(roleListSchema, (await root.get(lists[k])).body).roles.map((r) => r.id);
      expect(roles).toContain('pol-ma-readonly');
    }
    const ra = expectSchema(roleAssignmentListSchema, (await root.get(`/v3.0/OS-PERMISSION/role-assignments?group_id=${g}&role_id=pol-ma-readonly&limit=1000`)).body);
    expect(ra.total_count).toBe(4);
    expect(ra.role_assignments.map((a) => a.scope)).toEqual([
      { domain: { id: 'd-acme' }, inherited_to_projects: true },
      { domain: { id: 'd-acme' } },
      { project: { id: 'p-cn-east-3' } },
      { enterprise_project: { id: '5aa119a8-d25b-45a7-8d1b-88e127885635' } },
    ]);
    for (const k of ['all', 'global', 'project', 'ep'] as const) expect((await root.del(paths[k].replace('{r}', 'pol-ma-readonly'))).status).toBe(204);
    expectIamError(await root.del(paths.global.replace('{r}', 'pol-ma-readonly')), 404);
    expect((await root.get(`/v3.0/OS-PERMISSION/role-assignments?group_id=${g}&role_id=pol-ma-readonly&limit=1000`)).body.total_count).toBe(0);
  });

  it('revoking one project of a multi-project grant keeps the others', async () => {
    const root = await as();
    await root.del('/v3/projects/p-cn-east-3/groups/g-data-scientists/roles/pol-ma-developer');
    const ra = (await root.get('/v3.0/OS-PERMISSION/role-assignments?group_id=g-data-scientists&role_id=pol-ma-developer&limit=1000')).body;
    expect(ra.role_assignments.map((a: { scope: unknown }) => a.scope)).toEqual([{ project: { id: 'p-cn-north-4' } }]);
  });

  it('404 for an unknown domain, group, role, project or enterprise project', async () => {
    const root = await as();
    expectIamError(await root.put('/v3/domains/d-other/groups/g-analysts/roles/pol-ma-readonly'), 404);
    expectIamError(await root.put('/v3/domains/d-acme/groups/g-nope/roles/pol-ma-readonly'), 404);
    expectIamError(await root.put('/v3/domains/d-acme/groups/g-analysts/roles/nope'), 404);
    expectIamError(await root.put('/v3/projects/p-nope/groups/g-analysts/roles/pol-ma-readonly'), 404);
    expectIamError(await root.put('/v1.0/enterprise-projects/nope/groups/g-analysts/roles/pol-ma-readonly'), 404);
  });

  it('role assignments: filters by agency and scope, pages', async () => {
    const root = await as();
    const ag = (await root.get('/v3.0/OS-PERMISSION/role-assignments?agency_id=ag-ravi&limit=1000')).body;
    expect(ag.role_assignments.every((a: { agency_id?: string }) => a.agency_id === 'ag-ravi')).toBe(true);
    expect(ag.total_count).toBeGreaterThan(5);
    const all = (await root.get('/v3.0/OS-PERMISSION/role-assignments?scope=all_resources&limit=1000')).body;
    expect(all.role_assignments.every((a: { scope: { inherited_to_projects?: boolean } }) => a.scope.inherited_to_projects === true)).toBe(true);
    const total = (await root.get('/v3.0/OS-PERMISSION/role-assignments?limit=1000')).body.total_count;
    const page = (await root.get('/v3.0/OS-PERMISSION/role-assignments?limit=4&offset=4')).body;
    expect(page.total_count).toBe(total);
    expect(page.role_assignments).toHaveLength(4);
  });

  it('a non-administrator without IAM permissions cannot grant', async () => {
    const maya = await as('maya');
    expectIamError(await maya.put('/v3/domains/d-acme/groups/g-data-scientists/roles/sys-modelarts-fullaccess'), 403);
  });
});

describe('agencies, projects, enterprise projects', () => {
  it('lists agencies; rejects bad names; deletes an unused agency with its grants', async () => {
    const root = await as();
    const list = expectSchema(agencyListSchema, (await root.get('/v3.0/OS-AGENCY/agencies?name=maya&limit=1000')).body);
    expect(list.agencies[0]).toMatchObject({ name: 'modelarts_agency_maya_3f9a', trust_domain_name: 'op_svc_modelarts', duration: 'FOREVER', description: 'Created by ModelArts service.' });
    expectIamError(await root.post('/v3.0/OS-AGENCY/agencies', { agency: { name: 'bad name' } }), 400);
    expectIamError(await root.post('/v3.0/OS-AGENCY/agencies', { agency: { name: 'modelarts_agency_maya_3f9a' } }), 409);
    const made = (await root.post('/v3.0/OS-AGENCY/agencies', { agency: { name: 'tmp_agency', duration: 'ONEDAY' } })).body.agency;
    expect(made.expire_time).not.toBeNull();
    await root.put(`/v3.0/OS-AGENCY/domains/d-acme/agencies/${made.id}/roles/pol-agency-obs`);
    expect((await root.del(`/v3.0/OS-AGENCY/agencies/${made.id}`)).status).toBe(204);
    expect([...store.state.attachments.values()].some((a) => a.principal.id === made.id)).toBe(false);
    const refused = await root.del('/v3.0/OS-AGENCY/agencies/ag-maya');
    expectIamError(refused, 409);
    // maya's agency is used in both regions: the refusal names each.
    expect(refused.body.error.message).toContain('maya (cn-north-4), maya (cn-east-3)');
    expectIamError(await root.del('/v3.0/OS-AGENCY/agencies/nope'), 404);
  });

  it('modifies an agency (PUT): delegated party, description, validity in hours', async () => {
    const root = await as();
    const r = await root.put('/v3.0/OS-AGENCY/agencies/ag-develop', { agency: { description: 'Developers (OBS)', duration: '480' } });
    expect(r.status).toBe(200);
    const agency = expectSchema(agencyResponseSchema, r.body).agency;
    expect(agency).toMatchObject({ name: 'ma_agency_develop_user', description: 'Developers (OBS)', duration: '480' });
    expect(agency.expire_time).not.toBeNull();
    expect((await root.get('/v3.0/OS-AGENCY/agencies/ag-develop')).body.agency).toMatchObject({ description: 'Developers (OBS)', duration: '480' });
    expect((await root.put('/v3.0/OS-AGENCY/agencies/ag-develop', { agency: { duration: 'FOREVER', trust_domain_name: 'partnerco' } })).body.agency).toMatchObject({ duration: 'FOREVER', expire_time: null, trust_domain_name: 'partnerco' });
    expectIamError(await root.put('/v3.0/OS-AGENCY/agencies/ag-develop', { agency: {} }), 400);
    expectIamError(await root.put('/v3.0/OS-AGENCY/agencies/ag-develop', { agency: { duration: '0' } }), 400);
    expectIamError(await root.put('/v3.0/OS-AGENCY/agencies/nope', { agency: { description: 'x' } }), 404);
    expectIamError(await (await as('maya')).put('/v3.0/OS-AGENCY/agencies/ag-develop', { agency: { description: 'x' } }), 403);
  });

  it('grants, lists and revokes an agency policy on all resources (OS-INHERIT)', async () => {
    const root = await as();
    const path = '/v3.0/OS-INHERIT/domains/d-acme/agencies/ag-develop/roles';
    expect((await root.get(`${path}/inherited_to_projects`)).body.roles).toEqual([]);
    expect((await root.put(`${path}/pol-ma-readonly/inherited_to_projects`)).status).toBe(204);
    expect((await root.get(`${path}/inherited_to_projects`)).body.roles.map((x: { id: string }) => x.id)).toEqual(['pol-ma-readonly']);
    // Not listed on the global-services path: a different scope.
    expect((await root.get('/v3.0/OS-AGENCY/domains/d-acme/agencies/ag-develop/roles')).body.roles.map((x: { id: string }) => x.id)).not.toContain('pol-ma-readonly');
    expect((await root.del(`${path}/pol-ma-readonly/inherited_to_projects`)).status).toBe(204);
    expectIamError(await root.del(`${path}/pol-ma-readonly/inherited_to_projects`), 404);
  });

  it('lists region projects and enterprise projects', async () => {
    const root = await as();
    const p = expectSchema(projectListSchema, (await root.get('/v3/projects')).body);
    expect(p.projects).toEqual([
      { id: 'p-cn-north-4', name: 'cn-north-4', description: 'CN North-Beijing4' },
      { id: 'p-cn-east-3', name: 'cn-east-3', description: 'CN East-Shanghai1' },
    ]);
    const eps = expectSchema(enterpriseProjectListSchema, (await root.get('/v1.0/enterprise-projects')).body);
    expect(eps.enterprise_projects.map((e) => e.name)).toEqual(['default', 'research', 'production']);
    expect(eps.enterprise_projects[0]).toMatchObject({ id: '0', status: 1 });
  });
});
