/**
 * Every handler reply parses with the zod schema the client uses (src/api/contracts). IAM lists are
 * read with the console's `limit` (ours); their Huawei-shaped answers are huawei-lists.test.ts'.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod/mini';
import { iamErrorSchema, modelArtsErrorSchema } from '@/api/contracts/common';
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
  userResponseSchema,
} from '@/api/contracts/iam';
import { faultsSchema, importResultSchema } from '@/api/contracts/mock';
import {
  authModeResponseSchema,
  authorizationListSchema,
  resultSchema,
  workspaceListSchema,
  workspaceQuotasSchema,
  workspaceSchema,
} from '@/api/contracts/modelarts';
import { snapshotSchema } from '@/api/contracts/snapshot';
import { as, adminCall, call, expectSchema } from '../testing';

const reads: Array<[string, z.core.$ZodType]> = [
  ['/v2/p-cn-north-4/authorizations', authorizationListSchema],
  ['/v1/auth-mode', authModeResponseSchema],
  ['/v1/p-cn-north-4/workspaces', workspaceListSchema],
  ['/v1/p-cn-east-3/workspaces/0', workspaceSchema],
  ['/v1/p-cn-north-4/workspaces/0/quotas', workspaceQuotasSchema],
  ['/v3/users?limit=1000', userListSchema],
  ['/v3/users/u-maya', userResponseSchema],
  ['/v3/users/u-maya/groups', groupListSchema],
  ['/v3/groups?limit=1000', groupListSchema],
  ['/v3/groups/g-admin/users?limit=1000', userListSchema],
  ['/v3.0/OS-ROLE/roles?limit=1000', roleListSchema],
  ['/v3.0/OS-ROLE/roles/pol-ma-developer', roleResponseSchema],
  ['/v3/OS-INHERIT/domains/d-acme/groups/g-auditors/roles/inherited_to_projects', roleListSchema],
  ['/v3/domains/d-acme/groups/g-auditors/roles', roleListSchema],
  ['/v3/projects/p-cn-north-4/groups/g-interns/roles', roleListSchema],
  ['/v1.0/enterprise-projects/5aa119a8-d25b-45a7-8d1b-88e127885635/groups/g-vision-team/roles', roleListSchema],
  ['/v3.0/OS-PERMISSION/role-assignments?limit=1000', roleAssignmentListSchema],
  ['/v3.0/OS-AGENCY/agencies?limit=1000', agencyListSchema],
  ['/v3.0/OS-AGENCY/agencies/ag-ravi', agencyResponseSchema],
  ['/v3.0/OS-AGENCY/domains/d-acme/agencies/ag-ravi/roles', roleListSchema],
  ['/v3.0/OS-AGENCY/projects/p-cn-north-4/agencies/ag-ravi/roles', roleListSchema],
  ['/v3/projects', projectListSchema],
  ['/v1.0/enterprise-projects', enterpriseProjectListSchema],
];

describe('replies match the client contracts', () => {
  it.each(reads)('GET %s', async (path, schema) => {
    const root = await as();
    const r = await root.get(path);
    expect(r.status).toBe(200);
    expectSchema(schema, r.body);
  });

  it('mutation replies', async () => {
    const root = await as();
    expectSchema(resultSchema, (await root.post('/v2/p-cn-north-4/authorizations', { user_id: 'u-nora', content: 'ma_agency_develop_user' })).body);
    expectSchema(authModeResponseSchema, (await root.put('/v1/auth-mode', { mode: 'loose' })).body);
    expectSchema(workspaceSchema, (await root.post('/v1/p-cn-north-4/workspaces', { name: 'contract-ws' })).body);
    expectSchema(userResponseSchema, (await root.post('/v3/users', { user: { name: 'contract-user' } })).body);
    expectSchema(agencyResponseSchema, (await root.post('/v3.0/OS-AGENCY/agencies', { agency: { name: 'contract_agency' } })).body);
    expectSchema(snapshotSchema, (await adminCall('/__mock/snapshot')).body);
    expectSchema(importResultSchema, (await adminCall('/__mock/snapshot', { method: 'PUT', body: (await adminCall('/__mock/snapshot')).body })).body);
    expectSchema(faultsSchema, (await adminCall('/__mock/faults')).body);
  });

  it('error replies: ModelArts shape on ModelArts paths, IAM shape on IAM paths', async () => {
    const maya = await as('maya');
    expectSchema(modelArtsErrorSchema, (await call('/v2/p-cn-north-4/authorizations')).body);
    expectSchema(modelArtsErrorSchema, (await maya.post('/v2/p-cn-north-4/authorizations', {})).body);
    expectSchema(iamErrorSchema, (await call('/v3/users')).body);
    expectSchema(iamErrorSchema, (await maya.get('/v3/users')).body);
    expectSchema(iamErrorSchema, (await maya.get('/v3.0/OS-ROLE/roles/nope')).body);
  });
});
