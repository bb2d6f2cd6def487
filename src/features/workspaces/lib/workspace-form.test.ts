import { describe, expect, it } from 'vitest';
import { changedFields, emptyValues, reapply, serverFieldError, toCreateBody, toUpdateBody, validateWorkspace, type WorkspaceFormValues } from './workspace-form';

const v = (patch: Partial<WorkspaceFormValues>): WorkspaceFormValues => ({ ...emptyValues(), name: 'team-space', ...patch });

describe('validateWorkspace', () => {
  it('accepts a valid workspace', () => {
    expect(validateWorkspace(v({}), { kind: 'create' })).toEqual({});
    expect(validateWorkspace(v({ name: '视觉实验室' }), { kind: 'create' })).toEqual({});
  });
  it('locates name errors with their reason', () => {
    expect(validateWorkspace(v({ name: '' }), { kind: 'create' })).toEqual({ name: 'nameRequired' });
    expect(validateWorkspace(v({ name: 'ab' }), { kind: 'create' })).toEqual({ name: 'namePattern' });
    expect(validateWorkspace(v({ name: 'has space' }), { kind: 'create' })).toEqual({ name: 'namePattern' });
    expect(validateWorkspace(v({ name: 'Default' }), { kind: 'create' })).toEqual({ name: 'nameReserved' });
    expect(validateWorkspace(v({ name: 'x'.repeat(65) }), { kind: 'create' })).toEqual({ name: 'namePattern' });
  });
  it('limits the description to 256 characters', () => {
    expect(validateWorkspace(v({ description: 'd'.repeat(256) }), { kind: 'create' })).toEqual({});
    expect(validateWorkspace(v({ description: 'd'.repeat(257) }), { kind: 'create' })).toEqual({ description: 'descriptionTooLong' });
  });
  it('never validates the name of the default workspace (it is not sent)', () => {
    expect(validateWorkspace(v({ name: 'default' }), { kind: 'edit', isDefault: true })).toEqual({});
    expect(toUpdateBody(v({ name: 'default' }), 3, true)).not.toHaveProperty('name');
  });
});

describe('bodies', () => {
  it('sends grants only for Internal workspaces', () => {
    const grants = [{ id: 'u-maya', name: 'maya' }];
    expect(toCreateBody(v({ authType: 'INTERNAL', grants })).grants).toEqual([{ user_id: 'u-maya' }]);
    expect(toCreateBody(v({ authType: 'PRIVATE', grants })).grants).toEqual([]);
    expect(toUpdateBody(v({ authType: 'INTERNAL', grants }), 2, false)).toMatchObject({ name: 'team-space', version: 2, grants: [{ user_id: 'u-maya' }] });
  });
});

describe('reapply after a conflict', () => {
  const base = v({ description: 'old', authType: 'PUBLIC' });
  it('keeps the server values the user did not touch and applies what the user changed', () => {
    const mine = { ...base, description: 'mine' };
    const server = { ...base, name: 'renamed-by-other', authType: 'PRIVATE' as const };
    expect(changedFields(base, mine)).toEqual(['description']);
    expect(reapply(base, mine, server)).toEqual({ ...server, description: 'mine' });
  });
  it('treats grants as a set', () => {
    const a = v({ grants: [{ id: '1', name: 'a' }, { id: '2', name: 'b' }] });
    expect(changedFields(a, { ...a, grants: [...a.grants].reverse() })).toEqual([]);
    const mine = { ...a, authType: 'INTERNAL' as const, grants: [{ id: '3', name: 'c' }] };
    expect(reapply(a, mine, a)).toMatchObject({ authType: 'INTERNAL', grants: [{ id: '3', name: 'c' }] });
  });
});

describe('serverFieldError', () => {
  it('locates a duplicate name and other field errors', () => {
    expect(serverFieldError('Invalid parameter "name": a workspace named x already exists.')).toEqual({ field: 'name', code: 'nameTaken' });
    expect(serverFieldError('Invalid parameter "grants[0]": no user u-x.')).toEqual({ field: 'grants', code: 'invalid' });
    expect(serverFieldError('Something else')).toBeNull();
  });
});
