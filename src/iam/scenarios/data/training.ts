/** Seed 001 Table 4 (Managing training jobs) with Table 11 (agency, training jobs). */
import { OBS_MODELARTS_TRAINING } from '../../catalog/obs-for-modelarts';
import type { Scenario } from '../../model';
import { agencyRow, TOKENS_ASSUME_ROW, userRow } from '../define-rows';

export const TRAINING_SCENARIOS: Scenario[] = [
  {
    id: 'training-management',
    name: 'Managing training jobs',
    nameZh: '管理训练作业',
    rows: [
      userRow(4, 'Training management · ModelArts', [
        'modelarts:trainJob:*',
        'modelarts:trainJobLog:*',
        'modelarts:aiAlgorithm:*',
        'modelarts:image:list',
      ]),
      userRow(4, 'Training management · ModelArts (workspace quota)', ['modelarts:workspace:getQuotas'], {
        when: 'workspace',
      }),
      userRow(4, 'Training management · ModelArts (TMS)', ['modelarts:tag:list'], { feature: 'tms-tags' }),
      userRow(4, 'Training management · IAM', ['iam:credentials:listCredentials', 'iam:agencies:listAgencies']),
      userRow(4, 'Training management · SFS Turbo', ['sfsturbo:shares:getShare', 'sfsturbo:shares:getAllShares'], {
        feature: 'sfs-turbo',
      }),
      userRow(
        4,
        'Training management · SWR',
        ['swr:repository:listTags', 'swr:repository:getRepository', 'swr:repository:listRepositories'],
        { feature: 'custom-images' },
      ),
      userRow(4, 'Training management · SMN', ['smn:topic:publish', 'smn:topic:list'], { feature: 'smn' }),
      userRow(4, 'Training management · OBS', [...OBS_MODELARTS_TRAINING]),
      TOKENS_ASSUME_ROW,
      agencyRow(11, 'Training jobs · OBS', ['obs:bucket:ListBucket', 'obs:object:GetObject', 'obs:object:PutObject']),
    ],
  },
];
