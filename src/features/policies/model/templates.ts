/**
 * Policy templates from the seeds' examples (seed 003 "custom policy examples", seed 004
 * "custom policies of OBS and ModelArts"), written with the documented casing
 * (Version / Statement / Effect / Action) and catalog action spelling: seed 003 prints its
 * examples all lower-case, which the engine would not read as a policy.
 */
import { findAction, OBS_MODELARTS_MINIMUM, type PolicyDocument, type ServiceKind, type Statement } from '@/iam';

export interface PolicyTemplate {
  id: string;
  name: string;
  nameZh: string;
  description: string;
  descriptionZh: string;
  /** Where the example comes from. */
  source: string;
  /** Project-level or global services (a custom policy holds one kind only). */
  kind: ServiceKind;
  document: PolicyDocument;
}

function allow(actions: string[]): Statement {
  return { Effect: 'Allow', Action: actions };
}

/**
 * Seed 004: the minimum OBS permissions for using OBS from ModelArts (a global-service policy),
 * catalog-spelled (the seed writes `ListAllMybuckets`; templates use the catalog's `ListAllMyBuckets`).
 */
export const OBS_MINIMUM_ACTIONS: readonly string[] = OBS_MODELARTS_MINIMUM.map((a) => findAction(a)?.action ?? a);

/** Seed 004: the notebook-only user. */
export const NOTEBOOK_USER_ACTIONS = [
  'modelarts:notebook:list',
  'modelarts:notebook:create',
  'modelarts:notebook:get',
  'modelarts:notebook:update',
  'modelarts:notebook:delete',
  'modelarts:notebook:action',
  'modelarts:notebook:access',
] as const;

export const POLICY_TEMPLATES: readonly PolicyTemplate[] = [
  {
    id: 'obs-minimum-for-modelarts',
    name: 'OBS minimum permissions for ModelArts',
    nameZh: 'ModelArts使用OBS的最小权限',
    description: 'The minimum OBS bucket and object permissions for using OBS from ModelArts. OBS is a global service: attach it in the global scope.',
    descriptionZh: '从ModelArts访问OBS所需的最小桶和对象权限。OBS为全局服务，请在全局服务范围授权。',
    source: 'seed 004',
    kind: 'global',
    document: { Version: '1.1', Statement: [allow([...OBS_MINIMUM_ACTIONS])] },
  },
  {
    id: 'deny-exeml-project-deletion',
    name: 'Deny deleting ExeML projects',
    nameZh: '拒绝删除自动学习项目',
    description: 'Use together with ModelArts FullAccess: every ModelArts operation except deleting ExeML projects (Deny wins).',
    descriptionZh: '与ModelArts FullAccess配合使用：允许除删除自动学习项目外的所有ModelArts操作（拒绝优先）。',
    source: 'seed 004',
    kind: 'project',
    document: { Version: '1.1', Statement: [{ Effect: 'Deny', Action: ['modelarts:exemlProject:delete'] }] },
  },
  {
    id: 'notebook-only-user',
    name: 'Notebook-only user',
    nameZh: '仅使用Notebook的用户',
    description: 'List, create, view, update, delete, start/stop and access notebook instances, nothing else in ModelArts.',
    descriptionZh: '查看列表、创建、查看、更新、删除、启停和访问Notebook实例，不含ModelArts其他功能。',
    source: 'seed 004',
    kind: 'project',
    document: { Version: '1.1', Statement: [allow([...NOTEBOOK_USER_ACTIONS])] },
  },
  {
    id: 'image-management',
    name: 'Image management',
    nameZh: '镜像管理',
    description: 'Register images and list image groups (seed 003, example 1).',
    descriptionZh: '注册镜像并查看镜像组（示例1：授权镜像管理的权限）。',
    source: 'seed 003 example 1',
    kind: 'project',
    document: { Version: '1.1', Statement: [allow(['modelarts:image:register', 'modelarts:image:listGroup'])] },
  },
  {
    id: 'deny-dedicated-pool-changes',
    name: 'Deny dedicated resource pool changes',
    nameZh: '拒绝创建、更新、删除专属资源池',
    description:
      'All of ModelArts, SWR and SMN (all project-level services) except creating, updating and deleting dedicated resource pools (seed 003, example 2).',
    descriptionZh: '允许ModelArts、SWR和SMN的所有操作（均为项目级服务），但拒绝创建、更新、删除专属资源池（示例2）。',
    source: 'seed 003 example 2',
    kind: 'project',
    document: {
      Version: '1.1',
      Statement: [
        allow(['modelarts:*:*']),
        allow(['swr:*:*']),
        allow(['smn:*:*']),
        { Effect: 'Deny', Action: ['modelarts:pool:create', 'modelarts:pool:update', 'modelarts:pool:delete'] },
      ],
    },
  },
  {
    id: 'multiple-actions',
    name: 'Multiple actions (services and logs)',
    nameZh: '多个授权项策略',
    description: 'Every operation on real-time services plus listing LTS logs: one policy may hold several services of the same kind (seed 003, example 3).',
    descriptionZh: '在线服务的所有操作加上查看LTS日志：一个自定义策略可包含同属性的多个服务（示例3）。',
    source: 'seed 003 example 3',
    kind: 'project',
    document: { Version: '1.1', Statement: [allow(['modelarts:service:*']), allow(['lts:logs:list'])] },
  },
];

export function findTemplate(id: string): PolicyTemplate | undefined {
  return POLICY_TEMPLATES.find((t) => t.id === id);
}

/** A fresh, independent copy of a template's (or any existing policy's) document to edit. */
export function documentFromTemplate(source: PolicyTemplate | PolicyDocument): PolicyDocument {
  return structuredClone('document' in source ? source.document : source);
}
