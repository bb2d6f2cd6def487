/**
 * IAM lists asked the way real IAM is asked answer in real IAM's shapes (docs/api.md "Huawei's list
 * conventions", src/api/contracts/iam-huawei.ts): no totals on users, groups and members;
 * `total_number` / `total_num` on the paged ones; `domain_id` required where the SDK requires it.
 */
import { describe, expect, it } from 'vitest';
import {
  huaweiAgencyListSchema,
  huaweiCustomRoleListSchema,
  huaweiGroupListSchema,
  huaweiRoleAssignmentListSchema,
  huaweiSystemRoleListSchema,
  huaweiUserListSchema,
} from '@/api/contracts/iam-huawei';
import { as, expectIamError, expectSchema } from '../testing';

describe('Huawei IAM list conventions', () => {
  it('users, groups and members: every item at once, IAM users only, no total', async () => {
    const root = await as();
    const users = await root.get('/v3/users');
    expectSchema(huaweiUserListSchema, users.body);
    expect(users.body).not.toHaveProperty('total_count');
    const names = users.body.users.map((u: { name: string }) => u.name);
    expect(names).toContain('acme');
    expect(names).not.toContain('carol'); // federated users are not IAM users
    expect(users.body.users[0]).not.toHaveProperty('is_root');
    const console = await root.get('/v3/users?limit=1000');
    expect(users.body.users).toHaveLength(console.body.users.filter((u: { type: string }) => u.type === 'iam').length);
    expect((await root.get('/v3/users?name=maya')).body.users.map((u: { name: string }) => u.name)).toEqual(['maya']); // exact, not a part
    const groups = await root.get('/v3/groups');
    expectSchema(huaweiGroupListSchema, groups.body);
    expect(groups.body).not.toHaveProperty('total_count');
    expect(groups.body.groups).toHaveLength((await root.get('/v3/groups?limit=1000')).body.total_count);
    const members = await root.get('/v3/groups/g-admin/users');
    expectSchema(huaweiUserListSchema, members.body);
    expect(members.body).not.toHaveProperty('total_count');
    expect(members.body.users.map((u: { name: string }) => u.name)).toEqual((await root.get('/v3/groups/g-admin/users?limit=1000')).body.users.map((u: { name: string }) => u.name));
  });

  it('system policies on /v3/roles, custom ones on /v3.0/OS-ROLE/roles, paged with total_number', async () => {
    const root = await as();
    const all = (await root.get('/v3.0/OS-ROLE/roles?limit=1000')).body.roles as Array<{ id: string; catalog: string }>;
    const system = await root.get('/v3/roles?page=1&per_page=300');
    expectSchema(huaweiSystemRoleListSchema, system.body);
    expect(system.body.total_number).toBe(all.filter((r) => r.catalog === 'system').length);
    expect(system.body.roles.map((r: { id: string }) => r.id).sort()).toEqual(all.filter((r) => r.catalog === 'system').map((r) => r.id).sort());
    const custom = await root.get('/v3.0/OS-ROLE/roles?page=1&per_page=2');
    expectSchema(huaweiCustomRoleListSchema, custom.body);
    expect(custom.body.total_number).toBe(all.filter((r) => r.catalog === 'custom').length);
    expect(custom.body.roles).toHaveLength(2);
    expect(custom.body.roles[0]).toMatchObject({ catalog: 'CUSTOMED', domain_id: 'd-acme', created_time: expect.stringMatching(/^\d+$/) });
    const pages = [];
    for (let page = 1; page <= Math.ceil(custom.body.total_number / 2); page++) pages.push(...(await root.get(`/v3.0/OS-ROLE/roles?page=${page}&per_page=2`)).body.roles);
    expect(new Set(pages.map((r: { id: string }) => r.id)).size).toBe(custom.body.total_number);
    // With domain_id, /v3/roles lists the account's custom policies.
    expect((await root.get('/v3/roles?domain_id=d-acme')).body.total_number).toBe(custom.body.total_number);
    expectIamError(await root.get('/v3.0/OS-ROLE/roles?page=1'), 400); // page needs per_page
    expectIamError(await root.get('/v3.0/OS-ROLE/roles?page=1&per_page=301'), 400);
  });

  it('role assignments: domain_id required, per_page ≤ 50, total_num, {role, group|agency, scope, is_inherited}', async () => {
    const root = await as();
    const mine = (await root.get('/v3.0/OS-PERMISSION/role-assignments?limit=1000')).body;
    expectIamError(await root.get('/v3.0/OS-PERMISSION/role-assignments'), 400);
    expectIamError(await root.get('/v3.0/OS-PERMISSION/role-assignments?domain_id=d-acme&page=1&per_page=51'), 400);
    const first = await root.get('/v3.0/OS-PERMISSION/role-assignments?domain_id=d-acme&page=1&per_page=50');
    expectSchema(huaweiRoleAssignmentListSchema, first.body);
    expect(first.body.total_num).toBe(mine.total_count);
    const all = (await root.get('/v3.0/OS-PERMISSION/role-assignments?domain_id=d-acme')).body.role_assignments;
    expect(all).toHaveLength(mine.total_count);
    // The same rows, in Huawei's terms: All resources = domain scope, is_inherited.
    const inherited = mine.role_assignments.filter((r: { scope: { inherited_to_projects?: boolean } }) => r.scope.inherited_to_projects === true).length;
    expect(all.filter((r: { is_inherited: boolean; scope: { domain?: unknown } }) => r.is_inherited && r.scope.domain).length).toBe(inherited);
    expect(all.find((r: { agency?: { id: string } }) => r.agency?.id === 'ag-ravi')).toMatchObject({ role: { id: expect.any(String) }, agency: { id: 'ag-ravi' } });
    expect(all[0]).not.toHaveProperty('role_id');
    const ravi = (await root.get('/v3.0/OS-PERMISSION/role-assignments?domain_id=d-acme&subject.agency_id=ag-ravi')).body;
    expect(ravi.total_num).toBe(mine.role_assignments.filter((r: { agency_id?: string }) => r.agency_id === 'ag-ravi').length);
    const projects = (await root.get('/v3.0/OS-PERMISSION/role-assignments?domain_id=d-acme&scope=project')).body;
    expect(projects.role_assignments.every((r: { scope: { project?: unknown } }) => r.scope.project)).toBe(true);
  });

  it('agencies: domain_id required, page/per_page ≤ 500, no total', async () => {
    const root = await as();
    expectIamError(await root.get('/v3.0/OS-AGENCY/agencies'), 400);
    expectIamError(await root.get('/v3.0/OS-AGENCY/agencies?domain_id=someone-else'), 404);
    const console = (await root.get('/v3.0/OS-AGENCY/agencies?limit=1000')).body;
    const all = await root.get('/v3.0/OS-AGENCY/agencies?domain_id=d-acme');
    expectSchema(huaweiAgencyListSchema, all.body);
    expect(all.body).not.toHaveProperty('total_count');
    expect(all.body.agencies).toHaveLength(console.total_count);
    const page2 = (await root.get('/v3.0/OS-AGENCY/agencies?domain_id=d-acme&page=2&per_page=3')).body.agencies;
    expect(page2.map((a: { name: string }) => a.name)).toEqual(all.body.agencies.slice(3, 6).map((a: { name: string }) => a.name));
  });

  it('the same permissions decide them', async () => {
    const maya = await as('maya');
    expectIamError(await maya.get('/v3/users'), 403);
    expectIamError(await maya.get('/v3/roles'), 403);
  });
});
