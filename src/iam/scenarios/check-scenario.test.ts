// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BASE_SNAPSHOT, withSnapshot } from '../access/test-snapshot';
import { compilePolicies } from '../compile/compile-policies';
import { evaluatePolicies } from '../evaluate/evaluate-policies';
import type { FixPolicy, Scenario, ScenarioRequest, Scope, Snapshot } from '../model';
import { checkScenario } from './check-scenario';
import { collectRequired } from './collect-required';
import { findScenario, SCENARIOS } from './find-scenario';

const P1 = 'p-cn-north-4';
const REQUIRED_IDS = [
  'global-configuration',
  'workspace-management',
  'notebook-lifecycle',
  'notebook-storage',
  'image-management',
  'notebook-ssh',
  'notebook-view-all',
  'notebook-remote-ide',
  'training-management',
  'workflow',
  'ai-application-management',
  'service-deployment-realtime',
  'service-deployment-batch',
  'service-deployment-edge',
  'dataset-management',
  'auto-labeling',
  'team-labeling',
  'resource-pool-management',
  'network-management',
  'edge-resource-pool',
];

/** Attaches fix policies: user ones to the user's first group, agency ones to the agency. */
function applyFix(snapshot: Snapshot, groupId: string, agencyId: string, user: FixPolicy[], agency: FixPolicy[]): Snapshot {
  const scope = (p: FixPolicy): Scope => (p.kind === 'global' ? { type: 'global' } : { type: 'projects', ids: [P1] });
  const policies = [...user, ...agency].map((p, i) => ({ id: `fix-${i}`, name: p.name, type: 'custom' as const, document: p.document }));
  const attachments = [
    ...user.map((p, i) => ({ principal: { type: 'group' as const, id: groupId }, policyId: `fix-${i}`, scope: scope(p) })),
    ...agency.map((p, i) => ({ principal: { type: 'agency' as const, id: agencyId }, policyId: `fix-${user.length + i}`, scope: scope(p) })),
  ];
  return { ...snapshot, policies: [...snapshot.policies, ...policies], attachments: [...snapshot.attachments, ...attachments] };
}

describe('scenario data', () => {
  it('has every scenario id of docs/scenarios.md, with English and Chinese names', () => {
    expect(SCENARIOS.map((s) => s.id)).toEqual(REQUIRED_IDS);
    for (const s of SCENARIOS) {
      expect(s.name).not.toBe('');
      expect(s.nameZh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('requires iam:tokens:assume everywhere but global-configuration', () => {
    for (const s of SCENARIOS) {
      const actions = s.rows.filter((r) => r.side === 'user').flatMap((r) => r.actions);
      expect(actions.includes('iam:tokens:assume')).toBe(true);
      if (s.id !== 'global-configuration') expect(s.rows.some((r) => r.source === 'engine' && r.actions[0] === 'iam:tokens:assume')).toBe(true);
    }
  });

  it('transcribes Table 4 (training management) row by row', () => {
    const s = findScenario('training-management')!;
    expect(s.name).toBe('Managing training jobs');
    const user = s.rows.filter((r) => r.side === 'user' && r.source === undefined);
    expect(user.map((r) => [r.row, r.actions.length, r.feature ?? r.when ?? null])).toEqual([
      ['Training management · ModelArts', 4, null],
      ['Training management · ModelArts (workspace quota)', 1, 'workspace'],
      ['Training management · ModelArts (TMS)', 1, 'tms-tags'],
      ['Training management · IAM', 2, null],
      ['Training management · SFS Turbo', 2, 'sfs-turbo'],
      ['Training management · SWR', 3, 'custom-images'],
      ['Training management · SMN', 2, 'smn'],
      ['Training management · OBS', 16, null],
    ]);
    expect(s.rows.filter((r) => r.side === 'agency').map((r) => [r.table, r.actions.length])).toEqual([['Table 11', 3]]);
  });

  it('counts the actions docs/scenarios.md lists per row', () => {
    const count = (id: string, side: 'user' | 'agency') =>
      findScenario(id)!.rows.filter((r) => r.side === side && r.source === undefined).reduce((n, r) => n + r.actions.length, 0);
    expect(count('notebook-lifecycle', 'user')).toBe(18);
    expect(count('notebook-lifecycle', 'agency')).toBe(11);
    expect(count('notebook-remote-ide', 'user')).toBe(25);
    expect(count('workflow', 'user')).toBe(8 + 5 + 5 + 8 + 2 + 15 + 3 + 3 + 6);
    expect(count('network-management', 'agency')).toBe(34);
    expect(count('edge-resource-pool', 'user')).toBe(12);
    expect(count('dataset-management', 'agency')).toBe(13);
  });

  it('expands wildcard patterns over the catalog and keeps unmatched patterns literal', () => {
    const fake: Scenario = {
      id: 'x',
      name: 'x',
      nameZh: '测试',
      rows: [{ side: 'user', table: 'Table 0', row: 'r', actions: ['modelarts:trainJob:*', 'nosuch:*:*', 'iam:tokens:assume'] }],
    };
    const actions = collectRequired(fake, new Set(), true).user.map((r) => r.action);
    expect(actions).toContain('modelarts:trainJob:create');
    expect(actions).not.toContain('modelarts:trainJob:*');
    expect(actions).toContain('nosuch:*:*');
  });
});

describe('checkScenario', () => {
  const training: ScenarioRequest = { user: 'alice', scenario: 'training-management', projectId: P1, workspaceId: '0' };

  it('names the seed rows behind each missing action', () => {
    const r = checkScenario(BASE_SNAPSHOT, training);
    expect(r.ready).toBe(false);
    expect(r.sources['obs:object:PutObjectAcl']).toEqual([{ table: 'Table 4', row: 'Training management · OBS' }]);
    expect(r.sources['iam:tokens:assume']).toEqual([{ table: 'Table 1', row: 'Basic function · IAM' }]);
    expect(r.agency.name).toBe('modelarts_agency_alice_3f9a');
  });

  it('builds least-privilege fixes split by service kind, one statement per service', () => {
    const r = checkScenario(BASE_SNAPSHOT, { ...training, features: ['smn'] });
    expect(r.fix.userPolicies.map((p) => [p.name, p.kind])).toEqual([
      ['training-management-user-project', 'project'],
      ['training-management-user-global', 'global'],
    ]);
    const global = r.fix.userPolicies[1]!.document;
    expect(global.Version).toBe('1.1');
    expect(global.Statement.map((s) => (s.Action as string[])[0]!.split(':')[0])).toEqual(['iam', 'obs']);
    const granted = r.fix.userPolicies.flatMap((p) => p.document.Statement.flatMap((s) => s.Action as string[]));
    expect(granted.sort()).toEqual([...r.user.missing].sort());
  });

  it('applying the fix makes the scenario ready', () => {
    for (const [scenario, features] of [
      ['training-management', ['smn', 'custom-images', 'sfs-turbo', 'tms-tags']],
      ['service-deployment-realtime', []],
      ['network-management', ['sfs-turbo']],
      ['resource-pool-management', []],
    ] as const) {
      const request = { ...training, scenario, features: [...features] };
      const before = checkScenario(BASE_SNAPSHOT, request);
      expect(before.ready).toBe(false);
      const fixed = applyFix(BASE_SNAPSHOT, 'g-dev', 'ag-alice', before.fix.userPolicies, before.fix.agencyPolicies);
      const after = checkScenario(fixed, request);
      expect(after).toMatchObject({ ready: true, user: { missing: [] }, agency: { missing: [] }, blockers: [] });
    }
  });

  it('fix policies grant exactly what is missing', () => {
    const r = checkScenario(BASE_SNAPSHOT, { ...training, scenario: 'notebook-lifecycle' });
    const set = compilePolicies(r.fix.agencyPolicies.map((p) => p.document));
    for (const a of r.agency.missing) expect(evaluatePolicies(set, { action: a }).decision).toBe('allow');
    expect(evaluatePolicies(set, { action: 'obs:object:RestoreObject' }).decision).toBe('implicit_deny');
  });

  it('blockers are reported once and only when a user action is subject to the layer', () => {
    const none = withSnapshot({ authorizations: [] });
    expect(checkScenario(none, { ...training, scenario: 'notebook-lifecycle' }).blockers).toEqual(['no_agency']);
    expect(checkScenario(none, { ...training, scenario: 'edge-resource-pool' }).blockers).toEqual([]);
    const r = checkScenario(none, { ...training, user: 'dave', scenario: 'notebook-lifecycle', workspaceId: 'ws-alice' });
    expect(r.blockers).toEqual(['workspace_not_authorized', 'no_agency']);
    expect(r.agency).toMatchObject({ name: null });
    expect(r.agency.missing).toContain('aom:alarm:put');
  });

  it('prefers the user’s own authorization to the all-users one', () => {
    const s = withSnapshot({
      authorizations: [
        { userId: 'all', userName: 'all-users', userType: 'all-users', type: 'agency', content: 'modelarts_agency_7c01' },
        ...BASE_SNAPSHOT.authorizations,
      ],
    });
    expect(checkScenario(s, training).agency.name).toBe('modelarts_agency_alice_3f9a');
    expect(checkScenario(s, { ...training, user: 'bob' }).agency.name).toBe('modelarts_agency_7c01');
  });

  it('rows conditional on the workspace function count only while it is on', () => {
    const on = checkScenario(BASE_SNAPSHOT, { ...training, user: 'frank' });
    expect(on.user.missing).toEqual(['modelarts:workspace:getQuotas']);
    const off = checkScenario(withSnapshot({ workspaceEnabled: false }), { ...training, user: 'frank', workspaceId: undefined });
    expect(off.ready).toBe(true);
  });

  it('throws on an unknown scenario id', () => {
    expect(() => checkScenario(BASE_SNAPSHOT, { ...training, scenario: 'nope' })).toThrow(/Unknown scenario/);
  });
});

describe('checkScenario: the layer of each missing action', () => {
  const deny = { id: 'pol-deny-train', name: 'Deny Training', type: 'custom' as const, document: { Version: '1.1', Statement: [{ Effect: 'Deny', Action: ['modelarts:trainJob:*'] }] } };
  const pool = {
    id: 'pol-pool',
    name: 'Deny Public Pools',
    type: 'custom' as const,
    document: { Version: '1.1', Statement: [{ Effect: 'Deny', Action: ['modelarts:trainJob:create'], Condition: { StringEquals: { 'modelarts:poolType': ['public'] } } }] },
  };
  const org = withSnapshot({
    users: [...BASE_SNAPSHOT.users, { id: 'u-gus', name: 'gus', type: 'iam', groups: ['g-none'] }],
    groups: [...BASE_SNAPSHOT.groups, { id: 'g-none', name: 'nothing' }],
    policies: [...BASE_SNAPSHOT.policies, deny, pool],
    attachments: [
      ...BASE_SNAPSHOT.attachments,
      { principal: { type: 'group', id: 'g-trainers' }, policyId: 'pol-deny-train', scope: { type: 'all' } },
      { principal: { type: 'group', id: 'g-data' }, policyId: 'pol-pool', scope: { type: 'all' } },
    ],
  });

  it('strict mode: a ModelArts action no policy allows is missing because of the mode; others miss an Allow', () => {
    const r = checkScenario(org, { user: 'gus', scenario: 'training-management', projectId: P1 });
    expect(r.user.layers?.['modelarts:trainJob:create']).toBe('strict_mode');
    expect(r.user.layers?.['iam:tokens:assume']).toBe('missing_allow');
    const loose = checkScenario(org, { user: 'gus', scenario: 'training-management', projectId: P1, authMode: 'loose' });
    expect(loose.user.missing.some((a) => a.startsWith('modelarts:'))).toBe(false);
  });

  it('a Deny: the layer is explicit_deny and the Deny statement is named', () => {
    const r = checkScenario(org, { user: 'frank', scenario: 'training-management', projectId: P1 });
    expect(r.user.layers?.['modelarts:trainJob:create']).toBe('explicit_deny');
    expect(r.user.denies?.['modelarts:trainJob:create']?.map((s) => [s.policyName, s.statementIndex])).toEqual([['Deny Training', 0]]);
  });

  it('an allowed action that a lacking context key could refuse is listed as conditional, not missing', () => {
    const r = checkScenario(org, { user: 'bob', scenario: 'training-management', projectId: P1 });
    expect(r.user.missing).not.toContain('modelarts:trainJob:create');
    expect(r.user.conditional).toContain('modelarts:trainJob:create');
  });
});
