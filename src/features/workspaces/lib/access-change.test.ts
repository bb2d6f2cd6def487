import { describe, expect, it } from 'vitest';
import { accessChangeOf } from './access-change';
import type { WorkspaceFormValues } from './workspace-form';

const base: WorkspaceFormValues = {
  name: 'vision-lab',
  description: '',
  enterpriseProjectId: 'ep',
  authType: 'INTERNAL',
  grants: [
    { id: 'u-nina', name: 'nina' },
    { id: 'u-wei', name: 'wei' },
  ],
};

describe('accessChangeOf', () => {
  it('a new name or description changes no access', () => {
    expect(accessChangeOf('w', base, { ...base, name: 'vision', description: 'x' })).toBeNull();
  });

  it('the same users in another order change no access', () => {
    expect(accessChangeOf('w', base, { ...base, grants: [...base.grants].reverse() })).toBeNull();
  });

  it('a removed user is a workspace update with the users that stay', () => {
    expect(accessChangeOf('w', base, { ...base, grants: [base.grants[0]!] })).toEqual({
      kind: 'updateWorkspace',
      workspaceId: 'w',
      authType: 'INTERNAL',
      grants: [{ userId: 'u-nina' }],
    });
  });

  it('Internal → Public drops the authorized users, as the service does', () => {
    expect(accessChangeOf('w', base, { ...base, authType: 'PUBLIC' })).toEqual({ kind: 'updateWorkspace', workspaceId: 'w', authType: 'PUBLIC', grants: [] });
  });

  it('users picked while Public count for nothing until the type is Internal', () => {
    const pub = { ...base, authType: 'PUBLIC' as const, grants: [] };
    expect(accessChangeOf('w', pub, { ...pub, grants: base.grants })).toBeNull();
  });
});
