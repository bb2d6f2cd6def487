/**
 * What `npm run collect` writes into a snapshot when its key may not list group members (one call
 * denied): shared by the Import unit test and the e2e journeys and screenshots.
 */
import type { CollectionReport } from '@/api/contracts/snapshot';

export const INCOMPLETE_COLLECTION: CollectionReport = {
  tool: 'npm run collect',
  collectedAt: '2026-12-07T15:00:00.000Z',
  complete: false,
  regions: ['cn-north-4'],
  calls: [
    { name: 'IAM users', method: 'GET', path: '/v3/users', status: 'ok', httpStatus: 200, count: 40, permission: 'iam:users:listUsers' },
    {
      name: 'IAM group members',
      method: 'GET',
      path: '/v3/groups/{group_id}/users',
      status: 'denied',
      httpStatus: 403,
      count: 0,
      permission: 'iam:users:listUsersForGroup',
      message: 'not authorized to perform (iam:users:listUsersForGroup)',
    },
    { name: 'ModelArts workspaces', method: 'GET', path: '/v1/p-cn-north-4/workspaces', region: 'cn-north-4', status: 'ok', httpStatus: 200, count: 4, permission: 'modelarts:workspace:list' },
  ],
};
