// @vitest-environment node
/**
 * The agency layer reads the authorization of the request's region project (docs/snapshot-format.md,
 * version 2): a row with a `projectId` counts only for requests naming that project, a row without
 * one counts in every region.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../scenarios/check-scenario';
import { checkScenarioDecisions } from '../scenarios/check-scenario-decisions';
import type { Snapshot, SnapshotAuthorization } from '../model';
import { evaluateAccess } from './evaluate-access';
import { evaluateAccessDecisions } from './evaluate-access-decisions';
import { BASE_SNAPSHOT, withSnapshot } from './test-snapshot';

const NORTH = 'p-cn-north-4';
const EAST = 'p-cn-east-3';
const USERS = BASE_SNAPSHOT.users.map((u) => u.id);
const AGENCIES = BASE_SNAPSHOT.agencies.map((a) => a.name);
const ACTIONS = ['modelarts:notebook:list', 'modelarts:trainJob:create', 'obs:object:GetObject', 'iam:users:listUsers'];

const rowArb: fc.Arbitrary<SnapshotAuthorization> = fc.record({
  user: fc.constantFrom(...USERS, 'all'),
  content: fc.constantFrom(...AGENCIES),
  projectId: fc.constantFrom<string | undefined>(NORTH, EAST, undefined),
}).map(({ user, content, projectId }) => ({
  userId: user,
  userName: user === 'all' ? 'all-users' : BASE_SNAPSHOT.users.find((u) => u.id === user)!.name,
  userType: user === 'all' ? 'all-users' : 'iam',
  type: 'agency',
  content,
  ...(projectId === undefined ? {} : { projectId }),
}));

const withRows = (rows: SnapshotAuthorization[]): Snapshot => withSnapshot({ version: 2, authorizations: rows });

/** The same organisation as seen from one region: only the rows that apply there, without their region. */
function seenFrom(rows: SnapshotAuthorization[], projectId: string | undefined): Snapshot {
  return withRows(
    rows.filter((r) => r.projectId === undefined || r.projectId === projectId).map(({ projectId: _dropped, ...rest }) => rest),
  );
}

describe('authorizations per region', () => {
  it('a request sees exactly the rows of its region and the region-less ones (property)', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 10 }), fc.constantFrom<string | undefined>(NORTH, EAST, undefined), (rows, projectId) => {
        const regional = withRows(rows);
        const local = seenFrom(rows, projectId);
        for (const user of USERS) {
          for (const action of ACTIONS) {
            const a = evaluateAccess(regional, { user, action, projectId, workspaceId: '0' });
            const b = evaluateAccess(local, { user, action, projectId, workspaceId: '0' });
            expect([user, action, a.decision, a.reason, a.blockedBy]).toEqual([user, action, b.decision, b.reason, b.blockedBy]);
          }
          const s = checkScenario(regional, { user, scenario: 'training-management', projectId, workspaceId: '0' });
          const t = checkScenario(local, { user, scenario: 'training-management', projectId, workspaceId: '0' });
          expect(s).toEqual(t);
        }
        expect(evaluateAccessDecisions(regional, USERS, ACTIONS, { projectId, workspaceId: '0' })).toEqual(
          evaluateAccessDecisions(local, USERS, ACTIONS, { projectId, workspaceId: '0' }),
        );
        expect(checkScenarioDecisions(regional, USERS, ['training-management'], { projectId, workspaceId: '0' })).toEqual(
          checkScenarioDecisions(local, USERS, ['training-management'], { projectId, workspaceId: '0' }),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('an authorization in one region gives no agency in another', () => {
    const snap = withRows([{ userId: 'u-alice', userName: 'alice', userType: 'iam', type: 'agency', content: AGENCIES[0]!, projectId: EAST }]);
    const inEast = evaluateAccess(snap, { user: 'u-alice', action: 'modelarts:notebook:list', projectId: EAST, workspaceId: '0' });
    const inNorth = evaluateAccess(snap, { user: 'u-alice', action: 'modelarts:notebook:list', projectId: NORTH, workspaceId: '0' });
    expect(inEast.reason).not.toBe('no_agency');
    expect(inNorth).toMatchObject({ decision: 'implicit_deny', reason: 'no_agency', blockedBy: 'agency' });
    expect(checkScenario(snap, { user: 'u-alice', scenario: 'training-management', projectId: NORTH, workspaceId: '0' }).blockers).toContain('no_agency');
    expect(checkScenario(snap, { user: 'u-alice', scenario: 'training-management', projectId: EAST, workspaceId: '0' }).blockers).not.toContain('no_agency');
  });
});
