/** Seed 001 Table 3 (Managing notebook instances) with Table 10 (agency, development environment). */
import { OBS_MODELARTS_TRAINING } from '../../catalog/obs-for-modelarts';
import type { Scenario } from '../../model';
import { agencyRow, TOKENS_ASSUME_ROW, userRow } from '../define-rows';

export const NOTEBOOK_SCENARIOS: Scenario[] = [
  {
    id: 'notebook-lifecycle',
    name: 'Lifecycle management of development environment instances',
    nameZh: '开发环境实例生命周期管理',
    rows: [
      userRow(3, 'Lifecycle management of development environment instances · ModelArts', [
        'modelarts:notebook:create',
        'modelarts:notebook:list',
        'modelarts:notebook:get',
        'modelarts:notebook:update',
        'modelarts:notebook:delete',
        'modelarts:notebook:start',
        'modelarts:notebook:stop',
        'modelarts:notebook:updateStopPolicy',
        'modelarts:image:delete',
        'modelarts:image:list',
        'modelarts:image:create',
        'modelarts:image:get',
        'modelarts:pool:list',
        'modelarts:tag:list',
        'modelarts:network:get',
        'aom:metric:get',
        'aom:metric:list',
        'aom:alarm:list',
      ]),
      TOKENS_ASSUME_ROW,
      agencyRow(10, 'JupyterLab · OBS', [
        'obs:object:DeleteObject',
        'obs:object:GetObject',
        'obs:object:GetObjectVersion',
        'obs:bucket:CreateBucket',
        'obs:bucket:ListBucket',
        'obs:bucket:ListAllMyBuckets',
        'obs:object:PutObject',
        'obs:bucket:GetBucketAcl',
        'obs:bucket:PutBucketAcl',
        'obs:bucket:PutBucketCORS',
      ]),
      agencyRow(10, 'Development environment monitoring · AOM', ['aom:alarm:put']),
    ],
  },
  {
    id: 'notebook-storage',
    name: 'Dynamically mounting storage',
    nameZh: '动态挂载存储',
    rows: [
      userRow(3, 'Dynamically mounting storage · ModelArts', [
        'modelarts:notebook:listMountedStorages',
        'modelarts:notebook:mountStorage',
        'modelarts:notebook:getMountedStorage',
        'modelarts:notebook:umountStorage',
      ]),
      userRow(3, 'Dynamically mounting storage · OBS', ['obs:bucket:ListAllMyBuckets', 'obs:bucket:ListBucket']),
      userRow(3, 'Mounting an SFS Turbo file system · SFS Turbo (SFS Turbo FullAccess)', ['sfsturbo:*:*'], {
        feature: 'sfs-turbo',
      }),
      TOKENS_ASSUME_ROW,
    ],
  },
  {
    id: 'image-management',
    name: 'Image management',
    nameZh: '镜像管理',
    rows: [
      userRow(3, 'Image management · ModelArts', ['modelarts:image:register', 'modelarts:image:listGroup']),
      userRow(3, 'Saving an image · SWR (SWR Admin)', ['swr:*:*'], { feature: 'custom-images' }),
      TOKENS_ASSUME_ROW,
    ],
  },
  {
    id: 'notebook-ssh',
    name: 'Using the SSH function',
    nameZh: '使用SSH功能',
    rows: [
      userRow(3, 'Using the SSH function · ECS', [
        'ecs:serverKeypairs:list',
        'ecs:serverKeypairs:get',
        'ecs:serverKeypairs:delete',
        'ecs:serverKeypairs:create',
      ]),
      TOKENS_ASSUME_ROW,
    ],
  },
  {
    id: 'notebook-view-all',
    name: 'Viewing all Instances',
    nameZh: '查看所有实例',
    rows: [
      userRow(3, 'Viewing all Instances · ModelArts', ['modelarts:notebook:listAllNotebooks']),
      userRow(3, 'Viewing all Instances · IAM', ['iam:users:listUsers']),
      TOKENS_ASSUME_ROW,
    ],
  },
  {
    id: 'notebook-remote-ide',
    name: 'Local VS Code plug-in or PyCharm Toolkit',
    nameZh: '本地VS Code插件或PyCharm Toolkit',
    rows: [
      userRow(3, 'Local VS Code plug-in or PyCharm Toolkit · ModelArts', [
        'modelarts:notebook:listAllNotebooks',
        'modelarts:trainJob:create',
        'modelarts:trainJob:list',
        'modelarts:trainJob:update',
        'modelarts:trainJobVersion:delete',
        'modelarts:trainJob:get',
        'modelarts:trainJob:logExport',
      ]),
      userRow(3, 'Local VS Code plug-in or PyCharm Toolkit · ModelArts (workspace function enabled)', [
        'modelarts:workspace:getQuotas',
      ], { when: 'workspace' }),
      userRow(3, 'Local VS Code plug-in or PyCharm Toolkit · OBS', [...OBS_MODELARTS_TRAINING]),
      userRow(3, 'Local VS Code plug-in or PyCharm Toolkit · IAM', ['iam:projects:listProjects']),
      TOKENS_ASSUME_ROW,
    ],
  },
];
