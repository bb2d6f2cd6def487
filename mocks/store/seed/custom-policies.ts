/** The seed's custom policies: what each team was given, including the two Deny policies the showcase needs. */
import { OBS_MODELARTS_TRAINING } from '@/iam';
import type { PolicyDocument } from '@/iam/model';
import { daysAgo } from './constants';

const allow = (actions: string[], extra: Record<string, unknown> = {}): PolicyDocument => ({
  Version: '1.1',
  Statement: [{ Effect: 'Allow', Action: actions, ...extra }],
});
const deny = (actions: string[], extra: Record<string, unknown> = {}): PolicyDocument => ({
  Version: '1.1',
  Statement: [{ Effect: 'Deny', Action: actions, ...extra }],
});

export interface CustomDef {
  id: string;
  name: string;
  description: string;
  document: PolicyDocument;
  created: number;
}

export const CUSTOM_POLICIES: readonly CustomDef[] = [
  {
    id: 'pol-ma-developer',
    name: 'ModelArts Developer',
    description: 'Develop, train and deploy on ModelArts; read workspaces and pools. No pool or workspace management.',
    document: allow([
      'modelarts:notebook:*',
      'modelarts:trainJob:*',
      'modelarts:trainJobLog:*',
      'modelarts:trainJobVersion:*',
      'modelarts:trainJobInnerModel:*',
      'modelarts:aiAlgorithm:*',
      'modelarts:image:*',
      'modelarts:model:*',
      'modelarts:service:*',
      'modelarts:dataset:*',
      'modelarts:processTask:*',
      'modelarts:workflow:*',
      'modelarts:exemlProject:*',
      'modelarts:workspace:get',
      'modelarts:workspace:list',
      'modelarts:workspace:getQuotas',
      'modelarts:pool:list',
      'modelarts:pool:get',
      'modelarts:tag:list',
      'modelarts:network:get',
    ]),
    created: daysAgo(120),
  },
  {
    id: 'pol-obs-modelarts',
    name: 'OBS Access for ModelArts',
    description: 'The OBS bucket and object actions that ModelArts training jobs, notebooks and datasets need.',
    document: allow([...OBS_MODELARTS_TRAINING]),
    created: daysAgo(120),
  },
  {
    id: 'pol-ma-agency-use',
    name: 'ModelArts Agency Use',
    description: 'Use the configured ModelArts agency: assume it, list agencies and credentials, list projects.',
    document: allow(['iam:tokens:assume', 'iam:credentials:listCredentials', 'iam:agencies:listAgencies', 'iam:agencies:getAgency', 'iam:projects:listProjects']),
    created: daysAgo(118),
  },
  {
    id: 'pol-deny-training',
    name: 'Deny Training Jobs',
    description: 'Contractors may use notebooks but not run training jobs.',
    document: deny(['modelarts:trainJob:*', 'modelarts:trainJobVersion:*']),
    created: daysAgo(60),
  },
  {
    id: 'pol-deny-public-pool',
    name: 'Deny Public Resource Pools',
    description: 'Training jobs, notebooks and services must run on dedicated resource pools, not on public ones.',
    document: deny(['modelarts:trainJob:create', 'modelarts:notebook:create', 'modelarts:service:create'], {
      Condition: { StringEquals: { 'modelarts:poolType': ['public'] } },
    }),
    created: daysAgo(45),
  },
  {
    id: 'pol-ma-readonly',
    name: 'ModelArts Read Only',
    description: 'List and view every ModelArts resource.',
    document: allow(['modelarts:*:list*', 'modelarts:*:get*']),
    created: daysAgo(100),
  },
  {
    id: 'pol-iam-readonly',
    name: 'IAM Read Only',
    description: 'List and view users, groups, policies and agencies.',
    document: allow(['iam:*:list*', 'iam:*:get*']),
    created: daysAgo(100),
  },
  {
    id: 'pol-workspace-admin',
    name: 'Workspace Administrator',
    description: 'Create, change and delete workspaces, including the clean-up of their resources.',
    document: allow(['modelarts:workspace:*', 'modelarts:*:*delete*']),
    created: daysAgo(90),
  },
  {
    id: 'pol-agency-obs',
    name: 'ModelArts Agency OBS',
    description: 'What a ModelArts agency needs in OBS to run notebooks, training and batch jobs.',
    document: allow([
      'obs:bucket:ListAllMyBuckets',
      'obs:bucket:ListBucket',
      'obs:bucket:HeadBucket',
      'obs:bucket:GetBucketLocation',
      'obs:bucket:CreateBucket',
      'obs:object:GetObject',
      'obs:object:GetObjectVersion',
      'obs:object:PutObject',
      'obs:object:DeleteObject',
    ]),
    created: daysAgo(118),
  },
  {
    id: 'pol-team-labeling',
    name: 'Team Labeling',
    description: 'Label datasets and manage labeling tasks.',
    document: allow(['modelarts:dataset:*', 'modelarts:processTask:*', 'modelarts:workspace:get', 'modelarts:workspace:list']),
    created: daysAgo(70),
  },
  {
    id: 'pol-deny-billing',
    name: 'No Payments',
    description: 'Resource pools may be viewed and used, but never paid for or unsubscribed from the console.',
    document: deny(['bss:order:pay', 'bss:unsubscribe:update']),
    created: daysAgo(80),
  },
];
