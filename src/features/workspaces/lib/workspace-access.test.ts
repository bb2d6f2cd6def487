import { describe, expect, it } from 'vitest';
import type { Snapshot } from '@/iam';
import { filterVerdicts, isAllowed, workspaceVerdicts } from './workspace-access';

const snapshot: Snapshot = {
  format: 'modelarts-console-snapshot',
  version: 1,
  domain: { id: 'd', name: 'acme' },
  authMode: 'strict',
  workspaceEnabled: true,
  projects: [{ id: 'p1', name: 'cn-north-4' }],
  enterpriseProjects: [{ id: '0', name: 'default' }],
  users: [
    { id: 'u-root', name: 'acme', type: 'iam', root: true, groups: [] },
    { id: 'u-a', name: 'ann', type: 'iam', groups: ['g-dev'] },
    { id: 'u-b', name: 'bob', type: 'iam', groups: ['g-dev'] },
  ],
  groups: [{ id: 'g-dev', name: 'dev' }],
  policies: [{ id: 'pol', name: 'dev', type: 'custom', document: { Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['modelarts:*:*'] }] } }],
  attachments: [{ principal: { type: 'group', id: 'g-dev' }, policyId: 'pol', scope: { type: 'all' } }],
  agencies: [{ id: 'ag', name: 'agency' }],
  authorizations: [{ userId: 'all', userType: 'all-users', type: 'agency', content: 'agency' }],
  workspaces: [
    { id: '0', name: 'default', enterpriseProjectId: '0', authType: 'PUBLIC', owner: 'u-root', grants: [] },
    { id: 'w1', name: 'team', enterpriseProjectId: '0', authType: 'INTERNAL', owner: 'u-root', grants: [{ userId: 'u-a' }] },
  ],
};

describe('workspaceVerdicts', () => {
  it('asks the engine about each user in this workspace, root first', () => {
    const rows = workspaceVerdicts(snapshot, 'w1', 'p1');
    expect(rows.map((r) => [r.userName, r.result.decision, r.result.reason])).toEqual([
      ['acme', 'allow', 'root'],
      ['ann', 'allow', 'allowed_by_policy'],
      ['bob', 'implicit_deny', 'workspace_not_authorized'],
    ]);
    expect(rows[2]!.result.explanation.length).toBeGreaterThan(0);
  });
  it('lets everyone with a policy into a public workspace', () => {
    expect(workspaceVerdicts(snapshot, '0', 'p1').every((r) => r.result.decision === 'allow')).toBe(true);
  });
  it('filters by verdict and name', () => {
    const rows = workspaceVerdicts(snapshot, 'w1', 'p1');
    expect(filterVerdicts(rows, 'denied', '').map((r) => r.userName)).toEqual(['bob']);
    expect(filterVerdicts(rows, 'allowed', 'AN').map((r) => r.userName)).toEqual(['ann']);
    expect(filterVerdicts(rows, 'all', '')).toHaveLength(3);
  });
  it('a verdict that depends on a context key the request lacks is Conditional: not counted or filtered as allowed', () => {
    const deny = { Effect: 'Deny', Action: ['modelarts:notebook:list'], Condition: { StringEquals: { 'g:SourceIp': ['10.0.0.1'] } } };
    const org: Snapshot = {
      ...snapshot,
      policies: [...snapshot.policies, { id: 'pol-ip', name: 'ip', type: 'custom', document: { Version: '1.1', Statement: [deny as never] } }],
      attachments: [...snapshot.attachments, { principal: { type: 'group', id: 'g-dev' }, policyId: 'pol-ip', scope: { type: 'all' } }],
    };
    const rows = workspaceVerdicts(org, '0', 'p1');
    const ann = rows.find((r) => r.userName === 'ann')!;
    expect([ann.result.decision, ann.result.conditional?.keys]).toEqual(['allow', ['g:SourceIp']]);
    expect(isAllowed(ann.result)).toBe(false);
    expect(filterVerdicts(rows, 'allowed', '').map((r) => r.userName)).toEqual(['acme']);
    expect(filterVerdicts(rows, 'denied', '').map((r) => r.userName)).toEqual(['ann', 'bob']);
  });
});
