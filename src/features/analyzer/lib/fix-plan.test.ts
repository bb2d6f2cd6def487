import { beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '@/iam';
import { loadSeedSnapshot } from '../testing/seed-org';
import { agencyAudience, otherGroupMembers } from './fix-audience';
import { defaultGroupName, defaultPolicyName, planFix, type FixPolicyDraft } from './fix-plan';

const doc = { Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['obs:object:GetObject'] }] };
const userGlobal: FixPolicyDraft = { key: 'user-0', side: 'user', name: 'u-g', kind: 'global', document: doc };
const userProject: FixPolicyDraft = { key: 'user-1', side: 'user', name: 'u-p', kind: 'project', document: doc };
const agency: FixPolicyDraft = { key: 'agency-0', side: 'agency', name: 'a-g', kind: 'global', document: doc };

describe('planFix', () => {
  it('new group: save policies, create the group, add the user, grant, then the agency', () => {
    const steps = planFix({ userName: 'omar', policies: [userGlobal, userProject, agency], group: { kind: 'new', name: 'fix-omar' }, agencyName: 'ag' });
    expect(steps.map((s) => s.id)).toEqual(['policy:user-0', 'policy:user-1', 'policy:agency-0', 'group', 'member', 'grant:user-0', 'grant:user-1', 'agency:agency-0']);
  });

  it('existing group: no group steps; no agency: the agency policy is neither saved nor granted', () => {
    const steps = planFix({ userName: 'omar', policies: [userGlobal, agency], group: { kind: 'existing', groupId: 'g', groupName: 'mlops' }, agencyName: null });
    expect(steps.map((s) => s.id)).toEqual(['policy:user-0', 'grant:user-0']);
  });

  it('agency-only fix needs no group', () => {
    expect(planFix({ userName: 'x', policies: [agency], group: { kind: 'new', name: 'g' }, agencyName: 'ag' }).map((s) => s.type)).toEqual(['createPolicy', 'grantAgency']);
  });

  it('default names fit the API limits and avoid forbidden characters', () => {
    expect(defaultGroupName('o"mar', 'training-management')).toBe('fix-training-management-o_mar');
    expect(defaultGroupName('x'.repeat(80), 's')).toHaveLength(64);
    expect(defaultPolicyName('s', 'omar', 'user', 'global')).toBe('s-omar-user-global');
  });
});

describe('who else gains a fix (seed)', () => {
  let snapshot: Snapshot;
  const id = (name: string) => snapshot.users.find((u) => u.name === name)!.id;
  beforeAll(async () => {
    snapshot = await loadSeedSnapshot();
  });

  it('lists the other members of an existing group', () => {
    expect(otherGroupMembers(snapshot, 'g-mlops', id('omar'))).toEqual(['pablo', 'yuki']);
  });

  it('lists everyone acting through a shared agency, and nobody for a personal one', () => {
    const shared = agencyAudience(snapshot, id('ravi'), 'modelarts_agency_ravi_8e1d');
    expect(shared.allUsers).toBe(false);
    expect(shared.others).toContain('elena');
    expect(shared.others).not.toContain('ravi');
    expect(agencyAudience(snapshot, id('omar'), 'modelarts_agency_omar_7c21')).toEqual({ allUsers: false, others: [] });
  });

  it('flags the all-users agency and lists every user without an agency of their own', () => {
    const withAllUsers: Snapshot = {
      ...snapshot,
      authorizations: [...snapshot.authorizations, { userId: 'all', userName: 'all-users', userType: 'all-users', type: 'agency', content: 'modelarts_agency_omar_7c21' }],
    };
    const a = agencyAudience(withAllUsers, id('nora'), 'modelarts_agency_omar_7c21');
    expect(a.allUsers).toBe(true);
    expect(a.others).toContain('omar');
    expect(a.others).not.toContain('maya');
  });
});
