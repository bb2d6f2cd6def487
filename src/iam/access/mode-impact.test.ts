import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../model';
import { modeImpact } from './mode-impact';

const snapshot: Snapshot = {
  format: 'modelarts-console-snapshot',
  version: 1,
  domain: { id: 'd', name: 'acme' },
  authMode: 'strict',
  workspaceEnabled: true,
  projects: [{ id: 'p1', name: 'cn-north-4' }],
  enterpriseProjects: [{ id: '0', name: 'default' }],
  users: [
    { id: 'u-allowed', name: 'allowed', type: 'iam', groups: ['g-dev'] },
    { id: 'u-plain', name: 'plain', type: 'iam', groups: [] },
    { id: 'u-denied', name: 'denied', type: 'iam', groups: ['g-deny'] },
    { id: 'u-noagency', name: 'noagency', type: 'iam', groups: [] },
  ],
  groups: [
    { id: 'g-dev', name: 'dev' },
    { id: 'g-deny', name: 'deny' },
  ],
  policies: [
    { id: 'pol-allow', name: 'Allow notebooks', type: 'custom', document: { Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['modelarts:notebook:*'] }] } },
    { id: 'pol-deny', name: 'Deny notebooks', type: 'custom', document: { Version: '1.1', Statement: [{ Effect: 'Deny', Action: ['modelarts:notebook:list'] }] } },
  ],
  attachments: [
    { principal: { type: 'group', id: 'g-dev' }, policyId: 'pol-allow', scope: { type: 'all' } },
    { principal: { type: 'group', id: 'g-deny' }, policyId: 'pol-deny', scope: { type: 'all' } },
  ],
  agencies: [{ id: 'ag', name: 'agency' }],
  authorizations: ['u-allowed', 'u-plain', 'u-denied'].map((userId) => ({ userId, userType: 'iam' as const, type: 'agency' as const, content: 'agency' })),
  workspaces: [{ id: '0', name: 'default', enterpriseProjectId: '0', authType: 'PUBLIC', owner: 'u-allowed', grants: [] }],
};
const request = { action: 'modelarts:notebook:list', projectId: 'p1', workspaceId: '0' };

describe('modeImpact', () => {
  it('strict → non-strict: users without a ModelArts policy gain; Deny and no-agency users do not', () => {
    expect(modeImpact(snapshot, request)).toEqual({ gain: ['plain'], lose: [] });
  });

  it('non-strict → strict: the same users lose access', () => {
    expect(modeImpact({ ...snapshot, authMode: 'loose' }, request)).toEqual({ gain: [], lose: ['plain'] });
  });

  it('no change when the target mode is the current one', () => {
    expect(modeImpact(snapshot, { ...request, to: 'strict' })).toEqual({ gain: [], lose: [] });
  });

  it('a non-ModelArts action is not affected by the mode', () => {
    expect(modeImpact(snapshot, { ...request, action: 'obs:object:GetObject' })).toEqual({ gain: [], lose: [] });
  });
});
