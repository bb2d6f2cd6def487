// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { AccessRequest, Snapshot } from '../model';
import { evaluateAccess, evaluateAccessMatrix } from './evaluate-access';
import { prepareSnapshot } from './prepare-snapshot';
import { BASE_SNAPSHOT, withSnapshot } from './test-snapshot';

const P1 = 'p-cn-north-4';
const ALL_USERS = { userId: 'all', userName: 'all-users', userType: 'all-users', type: 'agency', content: 'modelarts_agency_7c01' } as const;

function addPolicy(snapshot: Snapshot, id: string, groupId: string, statement: object, scope: Snapshot['attachments'][number]['scope'] = { type: 'all' }): Snapshot {
  return {
    ...snapshot,
    policies: [...snapshot.policies, { id, name: id, type: 'custom', document: { Version: '1.1', Statement: [statement as never] } }],
    attachments: [...snapshot.attachments, { principal: { type: 'group', id: groupId }, policyId: id, scope }],
  };
}

const access = (snapshot: Snapshot, request: AccessRequest) => evaluateAccess(snapshot, request);

describe('evaluateAccess layers', () => {
  it('root: allowed whatever the policies say, Deny included', () => {
    const s = addPolicy(BASE_SNAPSHOT, 'deny-all', 'g-admin', { Effect: 'Deny', Action: ['*:*:*'] });
    expect(access(s, { user: 'acme', action: 'iam:users:listUsers' })).toMatchObject({ decision: 'allow', reason: 'root' });
    expect(access(s, { user: 'erin', action: 'iam:users:listUsers' })).toMatchObject({ decision: 'explicit_deny', reason: 'denied_by_policy' });
  });

  it('admin group: reason admin_group even when a policy also allows', () => {
    const s = addPolicy(BASE_SNAPSHOT, 'allow-iam', 'g-admin', { Effect: 'Allow', Action: ['iam:*:*'] });
    const r = access(s, { user: 'erin', action: 'iam:users:listUsers' });
    expect(r).toMatchObject({ decision: 'allow', reason: 'admin_group' });
    expect(r.statements).toHaveLength(1);
  });

  it('a caller cannot claim another identity through the context', () => {
    const s = addPolicy(BASE_SNAPSHOT, 'alice-only', 'g-data', {
      Effect: 'Allow',
      Action: ['iam:users:listUsers'],
      Condition: { StringEquals: { 'g:UserName': ['alice'] } },
    });
    expect(access(s, { user: 'bob', action: 'iam:users:listUsers', context: { 'g:UserName': 'alice', 'g:username': 'alice' } }).decision).toBe(
      'implicit_deny',
    );
  });

  it('derives g:ProjectName and g:EnterpriseProjectId unless the request sets them', () => {
    const s = addPolicy(BASE_SNAPSHOT, 'north-only', 'g-data', {
      Effect: 'Allow',
      Action: ['iam:users:listUsers'],
      Condition: { StringEquals: { 'g:ProjectName': ['cn-north-4'], 'g:EnterpriseProjectId': ['0'] } },
    });
    expect(access(s, { user: 'bob', action: 'iam:users:listUsers', projectId: P1 }).decision).toBe('allow');
    expect(access(s, { user: 'bob', action: 'iam:users:listUsers', projectId: 'p-cn-east-3' }).decision).toBe('implicit_deny');
    expect(access(s, { user: 'bob', action: 'iam:users:listUsers', projectId: P1, context: { 'g:ProjectName': 'x' } }).decision).toBe(
      'implicit_deny',
    );
  });

  it('out_of_scope names the policy that would allow', () => {
    const r = access(BASE_SNAPSHOT, { user: 'alice', action: 'modelarts:trainJob:create', projectId: 'p-cn-east-3' });
    expect(r).toMatchObject({ decision: 'implicit_deny', reason: 'out_of_scope', outOfScopePolicies: ['ModelArts CommonOperations'] });
    expect(r.explanation.join(' ')).toContain('ModelArts CommonOperations');
  });

  it('strict-mode ModelArts no_matching_allow says whether non-strict mode would allow', () => {
    const none = access(BASE_SNAPSHOT, { user: 'carol', action: 'modelarts:notebook:list', projectId: P1 });
    expect(none).toMatchObject({ reason: 'no_matching_allow', looseModeWouldAllow: false });
    const s = withSnapshot({ authorizations: [...BASE_SNAPSHOT.authorizations, ALL_USERS] });
    const r = access(s, { user: 'carol', action: 'modelarts:notebook:list', projectId: P1 });
    expect(r).toMatchObject({ reason: 'no_matching_allow', looseModeWouldAllow: true });
    expect(r.explanation.at(-1)).toMatch(/non-strict/);
  });

  it('an action named just "modelarts" (service modelarts, no layer 4 or 5): strict mode says non-strict mode would allow it, as non-strict mode does', () => {
    const strict = access(BASE_SNAPSHOT, { user: 'carol', action: 'modelarts', projectId: P1 });
    expect(strict).toMatchObject({ decision: 'implicit_deny', reason: 'no_matching_allow', looseModeWouldAllow: true });
    expect(strict.explanation).toContain('In non-strict authorization mode this request would be allowed.');
    expect(access(BASE_SNAPSHOT, { user: 'carol', action: 'modelarts', projectId: P1, authMode: 'loose' })).toMatchObject({ decision: 'allow', reason: 'loose_mode' });
    // Another service's bare name is not a ModelArts action: nothing is said of non-strict mode.
    expect(access(BASE_SNAPSHOT, { user: 'carol', action: 'obs', projectId: P1 }).looseModeWouldAllow).toBeUndefined();
  });

  it('a Conditional refusal names the keys and the policy reading them, never "no policy allows"', () => {
    const s = addPolicy(BASE_SNAPSHOT, 'Office Readers', 'g-data', {
      Effect: 'Allow',
      Action: ['iam:groups:listGroups'],
      Condition: { IpAddress: { 'g:SourceIp': ['10.0.0.0/8'] } },
    });
    const r = access(s, { user: 'bob', action: 'iam:groups:listGroups' });
    expect(r).toMatchObject({ decision: 'implicit_deny', reason: 'no_matching_allow', conditional: { keys: ['g:SourceIp'] } });
    expect(r.explanation).toEqual([
      'Whether "bob" may do iam:groups:listGroups depends on "g:SourceIp", which the request lacks and a condition in "Office Readers" reads: with other values the request could be allowed.',
    ]);
    expect(r.explanationParts?.map((p) => p.code)).toEqual(['conditional-allow']);
    expect(r.explanation.join(' ')).not.toMatch(/No policy/);
    // With a value that settles it, the refusal is plain again.
    const outside = access(s, { user: 'bob', action: 'iam:groups:listGroups', context: { 'g:SourceIp': '192.168.1.1' } });
    expect(outside.conditional).toBeUndefined();
    expect(outside.explanation[0]).toMatch(/^No policy attached to the groups of "bob" allows/);
  });

  it('authMode in the request overrides the snapshot (what-if)', () => {
    const s = withSnapshot({ authorizations: [...BASE_SNAPSHOT.authorizations, ALL_USERS] });
    expect(access(s, { user: 'carol', action: 'modelarts:notebook:list', projectId: P1, authMode: 'loose' })).toMatchObject({
      decision: 'allow',
      reason: 'loose_mode',
    });
  });

  it('workspace layer: a missing workspace refuses, workspace:create and authorization:* are exempt', () => {
    expect(access(BASE_SNAPSHOT, { user: 'alice', action: 'modelarts:notebook:list', projectId: P1, workspaceId: 'nope' })).toMatchObject({
      reason: 'workspace_not_authorized',
      blockedBy: 'workspace',
    });
    expect(access(BASE_SNAPSHOT, { user: 'acme', action: 'modelarts:authorization:create', workspaceId: 'nope' })).toMatchObject({
      decision: 'allow',
    });
  });

  it('agency layer: the all-users authorization covers federated users; workspace:* is exempt', () => {
    const s = withSnapshot({ authMode: 'loose', authorizations: [ALL_USERS] });
    expect(access(s, { user: 'carol', action: 'modelarts:notebook:list', projectId: P1 })).toMatchObject({ decision: 'allow' });
    const none = withSnapshot({ authMode: 'loose', authorizations: [] });
    expect(access(none, { user: 'carol', action: 'modelarts:workspace:get', projectId: P1 })).toMatchObject({ decision: 'allow' });
    expect(access(none, { user: 'carol', action: 'modelarts:notebook:list', projectId: P1 })).toMatchObject({ reason: 'no_agency' });
  });

  it('an unknown user is an implicit deny, not an error', () => {
    expect(access(BASE_SNAPSHOT, { user: 'mallory', action: 'obs:object:GetObject' })).toMatchObject({
      decision: 'implicit_deny',
      reason: 'unknown_user',
      blockedBy: 'identity',
    });
  });

  it('explains every statement on request', () => {
    const r = evaluateAccess(BASE_SNAPSHOT, { user: 'alice', action: 'obs:object:GetObject' }, { explain: true });
    expect(r.explain?.some((e) => e.reason === 'applies' && e.policyId === 'pol-obs-min')).toBe(true);
  });

  it('writes plain English explanations', () => {
    const r = access(BASE_SNAPSHOT, { user: 'dave', action: 'modelarts:notebook:create', projectId: P1, workspaceId: 'ws-alice' });
    expect(r.explanation.length).toBeGreaterThan(1);
    expect(r.explanation.every((line) => /^[A-Z"].*[.]$/.test(line))).toBe(true);
  });

  it('prepares a snapshot once and answers a matrix', () => {
    expect(prepareSnapshot(BASE_SNAPSHOT)).toBe(prepareSnapshot(BASE_SNAPSHOT));
    const m = evaluateAccessMatrix(BASE_SNAPSHOT, ['alice', 'bob'], ['obs:object:GetObject', 'obs:object:PutObject'], { projectId: P1 });
    expect(m.map((row) => row.map((r) => r.decision))).toEqual([
      ['allow', 'allow'],
      ['allow', 'implicit_deny'],
    ]);
  });
});
