import { describe, expect, it } from 'vitest';
import { checkSnapshot, snapshotSchema } from './contracts/snapshot';
import { toAttachments, toOrgSnapshot } from './org-snapshot';

describe('toAttachments', () => {
  it('reads the four scopes and merges per-project rows of one policy and principal', () => {
    expect(
      toAttachments([
        { id: '1', role_id: 'r1', group_id: 'g1', scope: { domain: { id: 'd' }, inherited_to_projects: true } },
        { id: '2', role_id: 'r2', group_id: 'g1', scope: { domain: { id: 'd' } } },
        { id: '3', role_id: 'r3', group_id: 'g1', scope: { project: { id: 'p1' } } },
        { id: '4', role_id: 'r3', group_id: 'g1', scope: { project: { id: 'p2' } } },
        { id: '5', role_id: 'r3', agency_id: 'a1', scope: { project: { id: 'p1' } } },
        { id: '6', role_id: 'r4', group_id: 'g2', scope: { enterprise_project: { id: 'e1' } } },
      ]),
    ).toEqual([
      { principal: { type: 'group', id: 'g1' }, policyId: 'r1', scope: { type: 'all' } },
      { principal: { type: 'group', id: 'g1' }, policyId: 'r2', scope: { type: 'global' } },
      { principal: { type: 'group', id: 'g1' }, policyId: 'r3', scope: { type: 'projects', ids: ['p1', 'p2'] } },
      { principal: { type: 'agency', id: 'a1' }, policyId: 'r3', scope: { type: 'projects', ids: ['p1'] } },
      { principal: { type: 'group', id: 'g2' }, policyId: 'r4', scope: { type: 'enterpriseProjects', ids: ['e1'] } },
    ]);
  });
});

describe('toOrgSnapshot', () => {
  it('builds a valid snapshot from API answers (all-users row → "all", root flag, workspace grants)', () => {
    const snap = toOrgSnapshot({
      domain: { id: 'd', name: 'acme' },
      authMode: 'loose',
      projects: [{ id: 'p1', name: 'cn-north-4' }],
      enterpriseProjects: [{ id: '0', name: 'default', status: 1 }],
      users: [
        { user: { id: 'u0', name: 'acme', domain_id: 'd', enabled: true, description: '', type: 'iam', is_root: true, is_admin: true }, groupIds: [] },
        { user: { id: 'u1', name: 'ann', domain_id: 'd', enabled: true, description: '', type: 'iam', is_root: false, is_admin: false }, groupIds: ['g1'] },
      ],
      groups: [{ id: 'g1', name: 'team', description: '', domain_id: 'd' }],
      roles: [{ id: 'r1', name: 'r1', display_name: 'Notebooks', type: 'XA', description: '', catalog: 'custom', policy: { Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['modelarts:notebook:*'] }] } }],
      roleAssignments: [{ id: '1', role_id: 'r1', group_id: 'g1', scope: { project: { id: 'p1' } } }],
      agencies: [{ id: 'a1', name: 'ag', domain_id: 'd', trust_domain_id: null, trust_domain_name: 'op_svc_modelarts', duration: 'FOREVER', expire_time: null, description: '', create_time: '' }],
      authorizations: [{ user_id: 'all-users', user_name: 'all-users', user_type: 'all-users', type: 'agency', content: 'ag', create_time: 1, projectId: 'p1' }],
      workspaces: [
        {
          id: '0', name: 'default', description: '', owner: 'u0', enterprise_project_id: '0', enterprise_project_name: 'default', auth_type: 'INTERNAL',
          grants: [{ user_id: 'u1', user_name: 'ann' }], status: 'NORMAL', create_time: 1, update_time: 1, version: 1,
        },
      ],
    });
    expect(snapshotSchema.safeParse(snap).success).toBe(true);
    expect(snap.authMode).toBe('loose');
    expect(snap.users[0]).toEqual({ id: 'u0', name: 'acme', type: 'iam', root: true, groups: [] });
    expect(snap.users[1]!.groups).toEqual(['g1']);
    expect(snap.authorizations[0]).toMatchObject({ userId: 'all', userType: 'all-users', content: 'ag', projectId: 'p1' });
    expect(checkSnapshot(snap)).toMatchObject({ ok: true });
    expect(snap.workspaces[0]).toMatchObject({ authType: 'INTERNAL', grants: [{ userId: 'u1' }] });
    expect(snap.agencies[0]).toMatchObject({ delegate: 'op_svc_modelarts', duration: 'FOREVER' });
  });
});
