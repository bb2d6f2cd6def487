import { describe, expect, it } from 'vitest';
import type { Snapshot, SnapshotAuthorization } from '../model';
import { applyMutation } from './apply-mutation';
import { withSnapshot } from './test-snapshot';

const row = (userId: string, projectId: string, content = `agency-${userId}-${projectId}`): SnapshotAuthorization => ({ userId, userType: 'iam', type: 'agency', content, projectId });
const org: Snapshot = withSnapshot({ authorizations: [row('u-a', 'p-north'), row('u-a', 'p-east'), row('u-b', 'p-north')] });
const keys = (s: Snapshot) => s.authorizations.map((a) => `${a.userId}@${a.projectId}:${a.content}`);

describe('applyMutation: authorizations are kept per region project', () => {
  it('setAuthorization replaces the user’s row in its region only', () => {
    const after = applyMutation(org, { kind: 'setAuthorization', authorization: row('u-a', 'p-north', 'new') });
    expect(keys(after)).toEqual(['u-a@p-east:agency-u-a-p-east', 'u-b@p-north:agency-u-b-p-north', 'u-a@p-north:new']);
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
