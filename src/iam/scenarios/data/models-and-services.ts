/**
 * Seed 001 Table 6 (Managing AI applications), Table 7 (Managing service deployment) and
 * Table 12 (agency, deploying services).
 */
import type { Scenario } from '../../model';
import { agencyRow, obsModelArtsTables5And6, ownActionsRow, TOKENS_ASSUME_ROW, userRow } from '../define-rows';

export const MODEL_AND_SERVICE_SCENARIOS: Scenario[] = [
  {
    id: 'ai-application-management',
    name: 'Managing AI applications',
    nameZh: '管理AI应用',
    rows: [
      userRow(
        6,
        'Managing AI applications · SWR',
        [
          'swr:repository:deleteRepository',
          'swr:repository:deleteTag',
          'swr:repository:getRepository',
          'swr:repository:listTags',
        ],
        { feature: 'custom-images' },
      ),
      userRow(6, 'Managing AI applications · OBS', obsModelArtsTables5And6()),
      ownActionsRow('modelarts:model:*'),
      TOKENS_ASSUME_ROW,
    ],
  },
  {
    id: 'service-deployment-realtime',
    name: 'Real-time services',
    nameZh: '在线服务',
    rows: [
      userRow(7, 'Real-time services · LTS', ['lts:logs:list']),
      userRow(7, 'Real-time services · OBS', [
        'obs:bucket:GetBucketPolicy',
        'obs:bucket:HeadBucket',
        'obs:bucket:ListAllMyBuckets',
        'obs:bucket:PutBucketPolicy',
        'obs:bucket:DeleteBucketPolicy',
      ]),
      ownActionsRow('modelarts:service:*'),
      TOKENS_ASSUME_ROW,
      agencyRow(12, 'Real-time services · LTS', [
        'lts:groups:create',
        'lts:groups:list',
        'lts:topics:create',
        'lts:topics:delete',
        'lts:topics:list',
      ]),
    ],
  },
  {
    id: 'service-deployment-batch',
    name: 'Batch services',
    nameZh: '批量服务',
    rows: [
      userRow(7, 'Batch services · OBS', [
        'obs:object:GetObject',
        'obs:object:PutObject',
        'obs:bucket:CreateBucket',
        'obs:bucket:ListBucket',
        'obs:bucket:ListAllMyBuckets',
      ]),
      ownActionsRow('modelarts:service:*'),
      TOKENS_ASSUME_ROW,
      agencyRow(12, 'Batch services · OBS', ['obs:bucket:ListBucket', 'obs:object:GetObject', 'obs:object:PutObject']),
    ],
  },
  {
    id: 'service-deployment-edge',
    name: 'Edge services',
    nameZh: '边缘服务',
    rows: [
      userRow(7, 'Edge services · CES', ['ces:metricData:list']),
      userRow(7, 'Edge services · IEF', ['ief:deployment:delete']),
      TOKENS_ASSUME_ROW,
      agencyRow(12, 'Edge services · IEF', [
        'ief:deployment:list',
        'ief:deployment:create',
        'ief:deployment:update',
        'ief:deployment:delete',
        'ief:node:createNodeCert',
        'ief:iefInstance:list',
        'ief:node:list',
      ]),
    ],
  },
];
