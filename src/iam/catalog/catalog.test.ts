// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ACCESS_LEVELS } from '../model';
import { validatePolicy } from '../validate';
import {
  ACTIONS,
  actionsOfService,
  COMMON_USER_POLICY_IDS,
  findAction,
  findConditionKey,
  findService,
  findSystemPolicy,
  GLOBAL_CONDITION_KEYS,
  GLOBAL_SERVICES,
  inferAccessLevel,
  SERVICES,
  serviceKind,
  SYSTEM_POLICIES,
} from './index';

describe('action catalog', () => {
  it('has one entry per action, compared case-insensitively', () => {
    const lower = ACTIONS.map((a) => a.action.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
  });

  it('keeps the parts consistent and every service known', () => {
    for (const a of ACTIONS) {
      expect(a.action).toBe(`${a.service}:${a.resourceType}:${a.operation}`);
      expect(a.service).toBe(a.service.toLowerCase());
      expect(findService(a.service), a.action).toBeDefined();
      expect(ACCESS_LEVELS).toContain(a.level);
      expect(a.description.length).toBeGreaterThan(5);
    }
  });

  it('finds actions case-insensitively, keeping one spelling of ListAllMyBuckets', () => {
    expect(findAction('obs:bucket:ListAllMybuckets')?.action).toBe('obs:bucket:ListAllMyBuckets');
    expect(findAction('MODELARTS:NOTEBOOK:LIST')?.action).toBe('modelarts:notebook:list');
    expect(findAction('ief:iefInstance:list')?.action).toBe('ief:IEFInstance:list');
    expect(findAction('modelarts:notebook:nope')).toBeUndefined();
  });

  it.each([
    // seed 001 tables 1–14, one or more per service
    'iam:tokens:assume', 'bss:balance:view', 'modelarts:notebook:updateStopPolicy', 'aom:alarm:put', 'ecs:serverKeypairs:create',
    'modelarts:notebook:listAllNotebooks', 'modelarts:trainJob:logExport', 'obs:object:ModifyObjectMetaData', 'sfsturbo:shares:getAllShares',
    'swr:repository:listRepositories', 'smn:topic:publish', 'modelarts:processTask:createProcessTask', 'dli:jobs:list_all',
    'mrs:job:batchDelete', 'ces:metricData:list', 'ief:deployment:delete', 'dli:table:describe_table', 'dws:openAPICluster:getDetail',
    'modelarts:trainJobInnerModel:list', 'iam:quotas:listQuotasForProject', 'bss:unsubscribe:update', 'vpc:peerings:accept',
    'vpcep:endpoints:get', 'sfsturbo:shares:listShareNics', 'ief:group:listGroupInstanceState', 'lts:topics:delete',
    // seed 004, docs/huawei-reference.md §5.3/§5.4
    'modelarts:exemlProject:delete', 'modelarts:notebook:access', 'modelarts:workspace:updateQuotas', 'modelarts:authorization:create',
    'modelarts:fusionJob:workspacesCleanup', 'modelarts:image:sync', 'modelarts:sample:listSamples', 'modelarts:service:getMonitor',
  ])('contains %s', (name) => {
    expect(findAction(name)).toBeDefined();
  });

  it('uses documented levels and infers the rest', () => {
    expect(findAction('modelarts:notebook:list')?.level).toBe('List');
    expect(findAction('modelarts:workspace:getQuotas')?.level).toBe('Read');
    expect(findAction('modelarts:trainJob:delete')?.level).toBe('Write');
    expect(findAction('iam:agencies:createAgency')?.level).toBe('Permission management');
    expect(findAction('bss:bill:view')?.level).toBe('Read');
    expect(inferAccessLevel('listShareNics')).toBe('List');
    expect(inferAccessLevel('describe_table')).toBe('Read');
    expect(inferAccessLevel('submit')).toBe('Write');
  });

  it('marks ModelArts actions as accepting no resources and OBS actions as accepting them', () => {
    expect(actionsOfService('modelarts').every((a) => !a.supportsResources)).toBe(true);
    expect(actionsOfService('obs').every((a) => a.supportsResources)).toBe(true);
  });
});

describe('services', () => {
  it('classifies exactly obs, iam, eps, tms and cdn as global', () => {
    expect([...GLOBAL_SERVICES]).toEqual(['obs', 'iam', 'eps', 'tms', 'cdn']);
    expect(SERVICES.filter((s) => s.kind === 'global').map((s) => s.id).sort()).toEqual(['cdn', 'eps', 'iam', 'obs', 'tms']);
    expect(serviceKind('OBS')).toBe('global');
    expect(serviceKind('bss')).toBe('project');
    expect(serviceKind('unknown')).toBe('project');
  });

  it('has English and Chinese names', () => {
    for (const s of SERVICES) {
      expect(s.name.length).toBeGreaterThan(1);
      expect(s.nameZh).toMatch(/[\u4e00-\u9fff]|[A-Z]/);
    }
  });
});

describe('condition keys', () => {
  it('types the global keys', () => {
    const type = (k: string) => GLOBAL_CONDITION_KEYS.find((g) => g.key === k)?.type;
    expect(type('g:CurrentTime')).toBe('date');
    expect(type('g:MFAAge')).toBe('number');
    expect(type('g:MFAPresent')).toBe('bool');
    expect(type('g:SourceIp')).toBe('ip');
    expect(type('g:TagKeys')).toBe('list');
  });

  it('finds keys case-insensitively, including tag-prefixed keys', () => {
    expect(findConditionKey('G:USERNAME')?.key).toBe('g:UserName');
    expect(findConditionKey('g:ResourceTag/team')?.key).toBe('g:ResourceTag/');
    expect(findConditionKey('g:ResourceTag/')).toBeUndefined();
    expect(findConditionKey('modelarts:pooltype')?.key).toBe('modelarts:poolType');
  });
});

describe('system policies', () => {
  it('have unique stable ids and valid Version 1.1 documents', () => {
    expect(new Set(SYSTEM_POLICIES.map((p) => p.id)).size).toBe(SYSTEM_POLICIES.length);
    for (const p of SYSTEM_POLICIES) {
      expect(p.id).toMatch(/^sys-[a-z0-9-]+$/);
      expect(p.type).toBe('system');
      const errors = validatePolicy(p.document, { kind: 'system', name: p.name }).filter((f) => f.severity === 'error');
      expect(errors, p.id).toEqual([]);
    }
  });

  it('resolves the Common User preset and marks Tenant Administrator high-privilege', () => {
    expect(COMMON_USER_POLICY_IDS.map((id) => findSystemPolicy(id)?.name)).toEqual([
      'ModelArts CommonOperations',
      'Tenant Administrator',
      'OBS Administrator',
      'ECS FullAccess',
      'SWR Administrator',
    ]);
    expect(findSystemPolicy('sys-tenant-administrator')?.highPrivilege).toBe(true);
    expect(findSystemPolicy('SWR Admin')?.id).toBe('sys-swr-administrator');
    expect(findSystemPolicy('sfs turbo fullaccess')?.document.Statement[0]?.Action).toEqual(['sfsturbo:*:*']);
  });

  it('keeps CommonOperations consistent with the conformance snapshot and free of pool management', () => {
    const actions = findSystemPolicy('sys-modelarts-commonoperations')?.document.Statement[0]?.Action as string[];
    expect(actions.slice(0, 19)).toEqual([
      'modelarts:notebook:*', 'modelarts:trainJob:*', 'modelarts:trainJobLog:*', 'modelarts:trainJobVersion:*', 'modelarts:aiAlgorithm:*',
      'modelarts:image:*', 'modelarts:model:*', 'modelarts:service:*', 'modelarts:dataset:*', 'modelarts:processTask:*',
      'modelarts:exemlProject:*', 'modelarts:workflow:*', 'modelarts:workspace:get', 'modelarts:workspace:list',
      'modelarts:workspace:getQuotas', 'modelarts:pool:list', 'modelarts:pool:get', 'modelarts:tag:list', 'modelarts:network:get',
    ]);
    expect(actions.some((a) => /pool:(create|update|delete|\*)/i.test(a))).toBe(false);
  });
});
