import { describe, expect, it } from 'vitest';
import type { Snapshot, SnapshotAuthorization } from '../model';
import { applyMutation } from './apply-mutation';
import { withSnapshot } from './test-snapshot';

const row = (userId: string, projectId: string, content = `agency-${userId}-${projectId}`): SnapshotAuthorization & { projectId: string } => ({ userId, userType: 'iam', type: 'agency', content, projectId });
const org: Snapshot = withSnapshot({ authorizations: [row('u-a', 'p-north'), row('u-a', 'p-east'), row('u-b', 'p-north')] });
const keys = (s: Snapshot) => s.authorizations.map((a) => `${a.userId}@${a.projectId}:${a.content}`);

describe('applyMutation: authorizations are kept per region project', () => {
  it('setAuthorization replaces the user’s row in its region only', () => {
    const after = applyMutation(org, { kind: 'setAuthorization', authorization: row('u-a', 'p-north', 'new') });
    expect(keys(after)).toEqual(['u-a@p-east:agency-u-a-p-east', 'u-b@p-north:agency-u-b-p-north', 'u-a@p-north:new']);
  });

  it('createAuthorization adds a row, or changes nothing when the user already has one in that region (the service refuses)', () => {
    expect(keys(applyMutation(org, { kind: 'createAuthorization', authorization: row('u-b', 'p-east', 'new') }))).toEqual([...keys(org), 'u-b@p-east:new']);
    expect(applyMutation(org, { kind: 'createAuthorization', authorization: row('u-a', 'p-north', 'new') })).toBe(org);
    const all = { userId: 'all', userType: 'all-users' as const, type: 'agency' as const, projectId: 'p-north' };
    const once = applyMutation(org, { kind: 'createAuthorization', authorization: { ...all, content: 'first' } });
    expect(keys(applyMutation(once, { kind: 'createAuthorization', authorization: { ...all, content: 'second' } }))).toEqual([...keys(org), 'all@p-north:second']);
  });

  it('createAuthorization for a federated user takes the id of the federated user of that name', () => {
    const fed: Snapshot = { ...org, users: [...org.users, { id: 'u-fed', name: 'zed', type: 'federate', groups: [] }] };
    const zed = { userId: 'zed', userName: 'zed', userType: 'federate' as const, type: 'agency' as const, content: 'x', projectId: 'p-north' };
    expect(keys(applyMutation(fed, { kind: 'createAuthorization', authorization: zed }))).toEqual([...keys(org), 'u-fed@p-north:x']);
    const taken = { ...fed, authorizations: [...fed.authorizations, { ...zed, userId: 'u-fed', content: 'old' }] };
    expect(applyMutation(taken, { kind: 'createAuthorization', authorization: zed })).toBe(taken);
    // No federated user of that name: the row keeps the name as its id.
    expect(keys(applyMutation(org, { kind: 'createAuthorization', authorization: zed }))).toEqual([...keys(org), 'zed@p-north:x']);
  });

  it('deleteAuthorization with a region deletes that row only; without one, every region’s', () => {
    expect(keys(applyMutation(org, { kind: 'deleteAuthorization', userId: 'u-a', projectId: 'p-east' }))).toEqual(['u-a@p-north:agency-u-a-p-north', 'u-b@p-north:agency-u-b-p-north']);
    expect(keys(applyMutation(org, { kind: 'deleteAuthorization', userId: 'u-a' }))).toEqual(['u-b@p-north:agency-u-b-p-north']);
  });

  it('clearAuthorizations empties one region and keeps the others', () => {
    expect(keys(applyMutation(org, { kind: 'clearAuthorizations', projectId: 'p-north' }))).toEqual(['u-a@p-east:agency-u-a-p-east']);
  });

  it('leaves its input untouched', () => {
    const copy = structuredClone(org);
    applyMutation(org, { kind: 'clearAuthorizations', projectId: 'p-north' });
    expect(org).toEqual(copy);
  });
});
