/** Seed 001 Table 8 (Managing datasets) with Table 13 (agency, managing data). */
import type { Scenario } from '../../model';
import { agencyRow, ownActionsRow, TOKENS_ASSUME_ROW, userRow } from '../define-rows';

export const DATASET_SCENARIOS: Scenario[] = [
  {
    id: 'dataset-management',
    name: 'Managing datasets and labels',
    nameZh: '管理数据集和标注',
    rows: [
      userRow(8, 'Managing datasets and labels · OBS', [
        'obs:bucket:ListBucket',
        'obs:object:GetObject',
        'obs:object:PutObject',
        'obs:object:DeleteObject',
        'obs:bucket:HeadBucket',
        'obs:bucket:GetBucketAcl',
        'obs:bucket:PutBucketAcl',
        'obs:bucket:GetBucketPolicy',
        'obs:bucket:PutBucketPolicy',
        'obs:bucket:DeleteBucketPolicy',
        'obs:bucket:PutBucketCORS',
        'obs:bucket:GetBucketCORS',
        'obs:object:PutObjectAcl',
      ]),
      userRow(
        8,
        'Managing table datasets · DLI',
        ['dli:database:displayAllDatabases', 'dli:database:displayAllTables', 'dli:table:describe_table'],
        { feature: 'dli' },
      ),
      userRow(8, 'Managing table datasets · DWS', ['dws:openAPICluster:list', 'dws:openAPICluster:getDetail'], {
        feature: 'dws',
      }),
      userRow(8, 'Managing table datasets · MRS', ['mrs:job:submit', 'mrs:job:list', 'mrs:cluster:list', 'mrs:cluster:get'], {
        feature: 'mrs',
      }),
      ownActionsRow('modelarts:dataset:*'),
      TOKENS_ASSUME_ROW,
      agencyRow(13, 'Dataset and data labeling · OBS', [
        'obs:object:GetObject',
        'obs:object:PutObject',
        'obs:object:DeleteObject',
        'obs:object:PutObjectAcl',
        'obs:bucket:ListBucket',
        'obs:bucket:HeadBucket',
        'obs:bucket:GetBucketAcl',
        'obs:bucket:PutBucketAcl',
        'obs:bucket:GetBucketPolicy',
        'obs:bucket:PutBucketPolicy',
        'obs:bucket:DeleteBucketPolicy',
        'obs:bucket:PutBucketCORS',
        'obs:bucket:GetBucketCORS',
      ]),
    ],
  },
  {
    id: 'auto-labeling',
    name: 'Auto labeling',
    nameZh: '智能标注',
    rows: [
      userRow(8, 'Auto labeling · ModelArts', [
        'modelarts:service:list',
        'modelarts:model:list',
        'modelarts:model:get',
        'modelarts:model:create',
        'modelarts:trainJobInnerModel:list',
        'modelarts:workspace:get',
        'modelarts:workspace:list',
      ]),
      ownActionsRow('modelarts:dataset:*'),
      TOKENS_ASSUME_ROW,
      agencyRow(13, 'Labeling data · ModelArts inference', [
        'modelarts:service:get',
        'modelarts:service:create',
        'modelarts:service:update',
      ]),
    ],
  },
  {
    id: 'team-labeling',
    name: 'Team labeling',
    nameZh: '团队标注',
    rows: [
      userRow(8, 'Team labeling · IAM', [
        'iam:projects:listProjects',
        'iam:users:listUsers',
        'iam:agencies:createAgency',
        'iam:quotas:listQuotasForProject',
      ]),
      ownActionsRow('modelarts:dataset:*'),
      TOKENS_ASSUME_ROW,
    ],
  },
];
