import { describe, expect, it } from 'vitest';
import type { Snapshot } from '@/iam';
import { commonVerdicts, effectivePolicies } from './effective-permissions';

const allow = (action: string) => ({ Version: '1.1', Statement: [{ Effect: 'Allow', Action: [action] }] });

const snapshot: Snapshot = {
  format: 'modelarts-console-snapshot',
  version: 1,
  domain: { id: 'd', name: 'acme' },
  authMode: 'strict',
  workspaceEnabled: true,
  projects: [{ id: 'p1', name: 'cn-north-4' }],
  enterpriseProjects: [{ id: '0', name: 'default' }],
  users: [{ id: 'u1', name: 'ann', type: 'iam', groups: ['g1'] }],
  groups: [
    { id: 'g1', name: 'team' },
    { id: 'g2', name: 'other' },
  ],
  policies: [
    { id: 'pm', name: 'Notebooks', type: 'custom', document: allow('modelarts:notebook:*') },
    { id: 'po', name: 'Objects', type: 'system', document: allow('obs:object:GetObject') },
  ],
  attachments: [
    { principal: { type: 'group', id: 'g1' }, policyId: 'pm', scope: { type: 'projects', ids: ['p1'] } },
    { principal: { type: 'group', id: 'g1' }, policyId: 'po', scope: { type: 'global' } },
    { principal: { type: 'group', id: 'g2' }, policyId: 'po', scope: { type: 'all' } },
  ],
  agencies: [{ id: 'a1', name: 'ag' }],
  authorizations: [{ userId: 'u1', userType: 'iam', type: 'agency', content: 'ag' }],
  workspaces: [{ id: '0', name: 'default', enterpriseProjectId: '0', authType: 'PUBLIC', owner: 'u1', grants: [] }],
};

describe('effectivePolicies', () => {
  it("lists only the user's groups' policies with group and scope", () => {
    expect(effectivePolicies(snapshot, 'u1').map((r) => [r.policyName, r.groupName, r.scope.type])).toEqual([
      ['Notebooks', 'team', 'projects'],
      ['Objects', 'team', 'global'],
    ]);
  });
  it('returns nothing for an unknown user', () => {
    expect(effectivePolicies(snapshot, 'nobody')).toEqual([]);
  });
});

describe('commonVerdicts', () => {
  it("evaluates each common action in the region and workspace with the engine's explanation", () => {
    const v = commonVerdicts(snapshot, 'u1', { projectId: 'p1', workspaceId: '0' });
    const byAction = Object.fromEntries(v.map((x) => [x.action, x.result.decision]));
    expect(byAction).toEqual({
      'modelarts:notebook:create': 'allow',
      'modelarts:trainJob:create': 'implicit_deny',
      'modelarts:workspace:list': 'implicit_deny',
      'obs:object:GetObject': 'allow',
    });
    expect(v[1]!.result.explanation.length).toBeGreaterThan(0);
  });
});
