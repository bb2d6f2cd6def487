/** Seed 001 Table 5 (Using workflows). */
import type { Scenario } from '../../model';
import { obsModelArtsTables5And6, TOKENS_ASSUME_ROW, userRow } from '../define-rows';

export const WORKFLOW_SCENARIOS: Scenario[] = [
  {
    id: 'workflow',
    name: 'Using workflows',
    nameZh: '使用工作流',
    rows: [
      userRow(5, 'Using a dataset · ModelArts', [
        'modelarts:dataset:getDataset',
        'modelarts:dataset:createDataset',
        'modelarts:dataset:createDatasetVersion',
        'modelarts:dataset:createImportTask',
        'modelarts:dataset:updateDataset',
        'modelarts:processTask:createProcessTask',
        'modelarts:processTask:getProcessTask',
        'modelarts:dataset:listDatasets',
      ]),
      userRow(5, 'Managing AI applications · ModelArts', [
        'modelarts:model:list',
        'modelarts:model:get',
        'modelarts:model:create',
        'modelarts:model:delete',
        'modelarts:model:update',
      ]),
      userRow(5, 'Deploying a service · ModelArts', [
        'modelarts:service:get',
        'modelarts:service:create',
        'modelarts:service:update',
        'modelarts:service:delete',
        'modelarts:service:getLogs',
      ]),
      userRow(5, 'Training jobs · ModelArts', [
        'modelarts:trainJob:get',
        'modelarts:trainJob:create',
        'modelarts:trainJob:list',
        'modelarts:trainJobVersion:list',
        'modelarts:trainJobVersion:create',
        'modelarts:trainJob:delete',
        'modelarts:trainJobVersion:delete',
        'modelarts:trainJobVersion:stop',
      ]),
      userRow(5, 'Workspace · ModelArts', ['modelarts:workspace:get', 'modelarts:workspace:getQuotas']),
      userRow(5, 'Managing data · OBS', obsModelArtsTables5And6()),
      userRow(5, 'Executing a workflow · IAM', ['iam:users:listUsers', 'iam:agencies:getAgency', 'iam:tokens:assume']),
      userRow(5, 'Integrating DLI · DLI', ['dli:jobs:get', 'dli:jobs:list_all', 'dli:jobs:create'], { feature: 'dli' }),
      userRow(
        5,
        'Integrating MRS · MRS',
        ['mrs:job:get', 'mrs:job:submit', 'mrs:job:list', 'mrs:job:stop', 'mrs:job:batchDelete', 'mrs:file:list'],
        { feature: 'mrs' },
      ),
      TOKENS_ASSUME_ROW,
    ],
  },
];
