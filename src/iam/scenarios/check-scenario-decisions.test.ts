// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orgArb } from '../access/org-arbitraries';
import { BASE_SNAPSHOT, withSnapshot } from '../access/test-snapshot';
import type { AuthMode, Snapshot } from '../model';
import { checkScenario } from './check-scenario';
import { checkScenarioDecisions, type ScenarioTarget } from './check-scenario-decisions';
import { SCENARIOS } from './find-scenario';

const IDS = SCENARIOS.map((s) => s.id);
const TARGETS: ScenarioTarget[] = [
  {},
  { projectId: 'p-cn-north-4', workspaceId: '0' },
  { projectId: 'p-cn-east-3', workspaceId: 'ws-research' },
  { projectId: 'p-cn-north-4', workspaceId: 'ws-alice' },
  { workspaceId: 'ws-missing' },
];

/** Asserts the bulk path equals checkScenario cell by cell; returns how many cells are Conditional (ready on a condition). */
function expectSameAsCheckScenario(snapshot: Snapshot, users: string[], target: ScenarioTarget): number {
  let conditional = 0;
  const verdicts = checkScenarioDecisions(snapshot, users, IDS, target);
  expect(verdicts).toHaveLength(users.length * IDS.length);
  users.forEach((user, u) => {
    IDS.forEach((scenario, k) => {
      const r = checkScenario(snapshot, { ...target, user, scenario });
      const expected = {
        ready: r.ready,
        userMissing: r.user.missing.length,
        userDenied: r.user.missing.filter((a) => r.user.layers?.[a] === 'explicit_deny').length,
        userStrict: r.user.missing.filter((a) => r.user.layers?.[a] === 'strict_mode').length,
        agencyMissing: r.agency.missing.length,
        workspaceBlocked: r.blockers.includes('workspace_not_authorized'),
        noAgency: r.blockers.includes('no_agency'),
        conditionalKeys: r.ready ? (r.user.conditionalKeys ?? []) : [],
      };
      const got = verdicts[u * IDS.length + k];
      if (JSON.stringify(got) !== JSON.stringify(expected)) expect({ user, scenario, target, ...got }).toEqual({ user, scenario, target, ...expected });
      if (expected.conditionalKeys.length > 0) conditional++;
    });
  });
  return conditional;
}

/** Policy documents for agencies: one reading the user's name, so the agency side is per user. */
const conditionalAgencyPolicy = {
  id: 'pol-agency-alice',
  name: 'pol-agency-alice',
  type: 'custom' as const,
  document: { Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['obs:*:*'], Condition: { StringEquals: { 'g:UserName': ['alice'] } } }] },
};

describe('checkScenarioDecisions', () => {
  it('equals checkScenario, the conditional readiness and its keys included, on random organisations with conditions (property)', () => {
    // Twins share groups (so the bulk path's memoised Conditional search is shared) but not names,
    // and the policies' g:UserName conditions then hold for one and fail for the other.
    const NAMES = ['alice', 'bob', 'Bob', 'ab'];
    const withTwins = orgArb.map((org) => ({
      ...org,
      users: [...org.users, ...org.users.map((u, i) => ({ ...u, id: `${u.id}-twin`, name: NAMES[i % NAMES.length]! }))],
    }));
    const targets: ScenarioTarget[] = [{ projectId: 'p-cn-north-4' }, { projectId: 'p-cn-east-3', workspaceId: 'ws-research' }, {}];
    let conditional = 0;
    fc.assert(
      fc.property(withTwins, fc.constantFrom(...targets), (org, target) => {
        conditional += expectSameAsCheckScenario(org, org.users.map((u) => u.id), target);
      }),
      { numRuns: 120 },
    );
    expect(conditional).toBeGreaterThan(0); // the organisations do meet readiness that rests on a condition
  });

  const users = [...BASE_SNAPSHOT.users.map((u) => u.id), 'nobody'];

  for (const mode of ['strict', 'loose'] as AuthMode[]) {
    it(`equals checkScenario for every user × scenario × target (${mode})`, () => {
      for (const target of TARGETS) expectSameAsCheckScenario(BASE_SNAPSHOT, users, { ...target, authMode: mode });
    });
  }

  it('equals checkScenario when the agency policies read the user context', () => {
    const agencies = BASE_SNAPSHOT.agencies ?? [];
    const snapshot = withSnapshot({
      policies: [...BASE_SNAPSHOT.policies, conditionalAgencyPolicy],
      attachments: [
        ...BASE_SNAPSHOT.attachments,
        ...agencies.map((a) => ({ principal: { type: 'agency' as const, id: a.id }, policyId: conditionalAgencyPolicy.id, scope: { type: 'all' as const } })),
      ],
    });
    for (const target of TARGETS) expectSameAsCheckScenario(snapshot, users, target);
  });

  it('equals checkScenario on random group memberships and authorizations (property)', () => {
    const groupIds = BASE_SNAPSHOT.groups.map((g) => g.id);
    const agencyNames = (BASE_SNAPSHOT.agencies ?? []).map((a) => a.name);
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...groupIds), { maxLength: 3 }), { minLength: BASE_SNAPSHOT.users.length, maxLength: BASE_SNAPSHOT.users.length }),
        fc.array(fc.option(fc.constantFrom(...agencyNames, 'no-such-agency')), { minLength: BASE_SNAPSHOT.users.length, maxLength: BASE_SNAPSHOT.users.length }),
        fc.constantFrom(...TARGETS),
        (memberships, agencies, target) => {
          const snapshot = withSnapshot({
            users: BASE_SNAPSHOT.users.map((u, i) => ({ ...u, groups: memberships[i]! })),
            authorizations: BASE_SNAPSHOT.users.flatMap((u, i) => {
              const content = agencies[i];
              return content === null || content === undefined ? [] : [{ userId: u.id, userName: u.name, userType: 'iam' as const, type: 'agency' as const, content }];
            }),
          });
          expectSameAsCheckScenario(snapshot, users, target);
        },
      ),
      { numRuns: 20 },
    );
  });
});
