// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../catalog';
import type { AuthMode, Snapshot, SnapshotUser } from '../model';
import { evaluateAccess } from './evaluate-access';
import { evaluateAccessDecisions, evaluateAccessRows, type AccessTarget } from './evaluate-access-decisions';
import { BASE_SNAPSHOT, withSnapshot } from './test-snapshot';

const RESEARCH_EP = '5aa119a8-d25b-45a7-8d1b-88e127885635';
const TARGETS: AccessTarget[] = [
  {},
  { projectId: 'p-cn-north-4', workspaceId: '0' },
  { projectId: 'p-cn-east-3', workspaceId: 'ws-research' },
  { projectId: 'p-cn-north-4', workspaceId: 'ws-alice' },
  { workspaceId: 'ws-missing' },
  { projectId: 'p-cn-north-4', enterpriseProjectId: RESEARCH_EP },
];
const ACTION_NAMES = [...ACTIONS.map((a) => a.action), 'ModelArts:Notebook:Create', 'unknown:thing:do', ''];

/** The seed-like base organisation plus users sharing groups and policies reading g:UserName / g:UserId. */
function generatedOrg(groupsOf: (user: SnapshotUser, i: number) => string[] = (u) => u.groups ?? []): Snapshot {
  const twins = BASE_SNAPSHOT.users.flatMap((u, i) =>
    [0, 1].map((k) => ({ ...u, id: `${u.id}-twin-${k}`, name: `${u.name}-twin-${k}`, groups: groupsOf(u, i * 2 + k) })),
  );
  const policy = (id: string, statement: object) => ({ id, name: id, type: 'custom' as const, document: { Version: '1.1', Statement: [statement as never] } });
  return withSnapshot({
    users: [...BASE_SNAPSHOT.users, ...twins, { id: 'u-multi', name: 'multi', type: 'iam', groups: ['g-data', 'g-dev', 'g-data'] }],
    policies: [
      ...BASE_SNAPSHOT.policies,
      policy('pol-alice-only', { Effect: 'Allow', Action: ['modelarts:*:*', 'iam:users:listUsers'], Condition: { StringEquals: { 'g:UserName': ['alice'] } } }),
      policy('pol-deny-twin', { Effect: 'Deny', Action: ['modelarts:notebook:*'], Condition: { StringEquals: { 'g:UserId': ['u-bob-twin-1'] } } }),
      policy('pol-project', { Effect: 'Allow', Action: ['ecs:*:*'], Condition: { StringEquals: { 'g:ProjectName': ['cn-east-3'] } } }),
      // Keys no request here carries: Conditional verdicts.
      policy('pol-public-pool', { Effect: 'Deny', Action: ['modelarts:trainJob:create', 'modelarts:notebook:create'], Condition: { StringEquals: { 'modelarts:poolType': ['public'] } } }),
      policy('pol-mfa', { Effect: 'Allow', Action: ['obs:bucket:DeleteBucket'], Condition: { BoolIfExists: { 'g:MFAPresent': ['true'] } } }),
    ],
    attachments: [
      ...BASE_SNAPSHOT.attachments,
      { principal: { type: 'group', id: 'g-dev' }, policyId: 'pol-alice-only', scope: { type: 'all' } },
      { principal: { type: 'group', id: 'g-data' }, policyId: 'pol-deny-twin', scope: { type: 'all' } },
      { principal: { type: 'group', id: 'g-research' }, policyId: 'pol-project', scope: { type: 'projects', ids: ['p-cn-east-3'] } },
      { principal: { type: 'group', id: 'g-dev' }, policyId: 'pol-public-pool', scope: { type: 'all' } },
      { principal: { type: 'group', id: 'g-data' }, policyId: 'pol-mfa', scope: { type: 'all' } },
    ],
  });
}

/** How many Conditional verdicts, and strict-only refusals, the comparisons met (the fixtures must exercise them). */
let conditionalSeen = 0;
let strictOnlySeen = 0;

function expectSameAsEvaluateAccess(snapshot: Snapshot, users: string[], actions: string[], target: AccessTarget, chunk = users.length): void {
  const verdicts: ReturnType<typeof evaluateAccessDecisions> = [];
  for (let from = 0; from < users.length; from += chunk) verdicts.push(...evaluateAccessDecisions(snapshot, users.slice(from, from + chunk), actions, target));
  expect(verdicts).toHaveLength(users.length * actions.length);
  users.forEach((user, i) => {
    actions.forEach((action, j) => {
      const r = evaluateAccess(snapshot, { ...target, user, action });
      const v = verdicts[i * actions.length + j]!;
      const conditional = r.conditional === undefined ? undefined : true;
      // Named only when true, and never on a verdict that context could change.
      const looseModeWouldAllow = r.looseModeWouldAllow === true && conditional === undefined ? true : undefined;
      if (v.decision !== r.decision || v.reason !== r.reason || v.blockedBy !== r.blockedBy || v.conditional !== conditional || v.looseModeWouldAllow !== looseModeWouldAllow) {
        expect({ user, action, target, ...v }).toEqual({ user, action, target, decision: r.decision, reason: r.reason, blockedBy: r.blockedBy, conditional, looseModeWouldAllow });
      }
      if (looseModeWouldAllow) strictOnlySeen++;
      if (conditional) conditionalSeen++;
    });
  });
}

describe('evaluateAccessDecisions', () => {
  const org = generatedOrg();
  const users = [...org.users.map((u) => u.id), 'nobody', 'alice-twin-0'];

  for (const mode of ['strict', 'loose'] as AuthMode[]) {
    it(`equals evaluateAccess for every user × catalog action × target (${mode})`, () => {
      for (const target of TARGETS) expectSameAsEvaluateAccess(org, users, ACTION_NAMES, { ...target, authMode: mode }, 4);
    });
  }

  it('meets strict-only refusals (non-strict mode would allow) in the comparisons', () => {
    strictOnlySeen = 0;
    expectSameAsEvaluateAccess(org, users, ACTION_NAMES, { projectId: 'p-cn-north-4', workspaceId: '0', authMode: 'strict' });
    expect(strictOnlySeen).toBeGreaterThan(10);
  });

  it('meets Conditional verdicts in the comparisons', () => {
    conditionalSeen = 0;
    expectSameAsEvaluateAccess(org, users, ['modelarts:notebook:create', 'obs:bucket:DeleteBucket'], { projectId: 'p-cn-north-4' });
    expect(conditionalSeen).toBeGreaterThanOrEqual(2);
  });

  it('equals evaluateAccess with a request context and a resource (nothing shared across calls)', () => {
    expectSameAsEvaluateAccess(org, users, ACTION_NAMES.slice(0, 60), { projectId: 'p-cn-north-4', context: { 'g:UserName': 'alice' }, resource: 'obs:*:*:object:x' });
  });

  it('names equal rows (rowOf): each user\'s row is the row of an earlier user or a new one, verdict by verdict', () => {
    const { verdicts, rowOf } = evaluateAccessRows(org, users, ACTION_NAMES, { projectId: 'p-cn-north-4', workspaceId: '0' });
    const n = ACTION_NAMES.length;
    const row = (u: number) => verdicts.slice(u * n, (u + 1) * n);
    users.forEach((_, u) => {
      const first = rowOf[u]!;
      expect(first).toBeLessThanOrEqual(u);
      expect(rowOf[first]).toBe(first);
      row(u).forEach((v, j) => expect(v).toBe(row(first)[j]));
    });
    // Twins that share every group and read no context share a row.
    expect(new Set(rowOf).size).toBeLessThan(users.length * 0.75);
  });

  it('returns frozen shared verdicts with only decision, reason and blockedBy', () => {
    const [a, b] = evaluateAccessDecisions(org, ['u-alice', 'u-alice-twin-0'], ['iam:users:listUsers']);
    expect(Object.isFrozen(a)).toBe(true);
    expect(a).toEqual({ decision: 'allow', reason: 'allowed_by_policy' });
    expect(b).toEqual({ decision: 'implicit_deny', reason: 'no_matching_allow', blockedBy: 'identity' });
  });

  it('equals evaluateAccess on random group memberships (property)', () => {
    const groupIds = BASE_SNAPSHOT.groups.map((g) => g.id);
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...groupIds), { maxLength: 3 }), { minLength: 16, maxLength: 16 }), fc.constantFrom(...TARGETS), (memberships, target) => {
        const snapshot = generatedOrg((_, i) => memberships[i % memberships.length]!);
        const ids = snapshot.users.map((u) => u.id);
        const actions = ACTION_NAMES.filter((_, i) => i % 7 === 0);
        expectSameAsEvaluateAccess(snapshot, ids, actions, target, 5);
      }),
      { numRuns: 25 },
    );
  });
});
