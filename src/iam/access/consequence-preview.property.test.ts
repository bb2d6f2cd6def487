// @vitest-environment node
/**
 * previewConsequences is exactly evaluate(after) − evaluate(before): on random organisations and
 * random mutations, per action and per scenario, the users it says gain and lose are the ones
 * evaluateAccess and checkScenario, asked about every user one by one, disagree on (Denied →
 * Conditional → Allowed; Not ready → Conditional → Ready).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AccessResult, ScenarioResult, Snapshot } from '../model';
import { checkScenario } from '../scenarios/check-scenario';
import { applyMutation, type AccessMutation } from './apply-mutation';
import { previewConsequences, type PreviewChange } from './consequence-preview';
import { evaluateAccess } from './evaluate-access';
import { attachmentArb, ORG_ACTIONS, ORG_AGENCIES, ORG_GROUPS, ORG_USERS, orgArb, scopeArb } from './org-arbitraries';
import { BASE_SNAPSHOT } from './test-snapshot';
import { policyArb } from '../evaluate/arbitraries';

/** Region projects the random authorizations and mutations use (the evaluation targets are in p-cn-north-4). */
const REGIONS = ['p-cn-north-4', 'p-cn-east-3'] as const;

const SCENARIO_IDS = ['training-management', 'notebook-lifecycle', 'workspace-management', 'global-configuration'];
const TARGETS = [{ projectId: 'p-cn-north-4' }, { projectId: 'p-cn-east-3', workspaceId: 'ws-research' }];

function mutationArb(org: Snapshot): fc.Arbitrary<AccessMutation> {
  const policyIds = org.policies.map((p) => p.id);
  const user = fc.constantFrom(...ORG_USERS);
  const group = fc.constantFrom(...ORG_GROUPS);
  /** The region of an authorization: one of two projects, or none (every region). */
  const regionArb = fc.option(fc.constantFrom(...REGIONS), { nil: undefined });
  const single: fc.Arbitrary<AccessMutation> = fc.oneof(
    attachmentArb(policyIds).map((a) => ({ kind: 'attach' as const, ...a })),
    org.attachments.length === 0 ? fc.constant({ kind: 'setMode' as const, authMode: 'loose' as const }) : fc.constantFrom(...org.attachments).map((a) => ({ kind: 'detach' as const, principal: a.principal, policyId: a.policyId })),
    fc.tuple(group, user).map(([groupId, userId]) => ({ kind: 'addMember' as const, groupId, userId })),
    fc.tuple(group, user).map(([groupId, userId]) => ({ kind: 'removeMember' as const, groupId, userId })),
    user.map((userId) => ({ kind: 'deleteUser' as const, userId })),
    group.map((groupId) => ({ kind: 'deleteGroup' as const, groupId })),
    fc.constantFrom(...policyIds).map((policyId) => ({ kind: 'deletePolicy' as const, policyId })),
    fc.tuple(fc.constantFrom(...policyIds), policyArb).map(([policyId, document]) => ({ kind: 'editPolicy' as const, policyId, document })),
    fc.tuple(fc.constantFrom(...ORG_USERS, 'all'), fc.constantFrom(...BASE_SNAPSHOT.agencies), regionArb).map(([userId, agency, projectId]) => ({
      kind: 'setAuthorization' as const,
      authorization: { userId, userType: userId === 'all' ? ('all-users' as const) : ('iam' as const), type: 'agency' as const, content: agency.name, ...(projectId ? { projectId } : {}) },
    })),
    fc.tuple(fc.constantFrom(...ORG_USERS, 'all'), regionArb).map(([userId, projectId]) => ({ kind: 'deleteAuthorization' as const, userId, ...(projectId ? { projectId } : {}) })),
    // Add Authorization with a new agency: the agency, its grants, then the row (refused when the user has one).
    fc.tuple(fc.constantFrom(...ORG_USERS, 'all'), fc.constantFrom(...REGIONS), fc.array(fc.tuple(fc.constantFrom(...policyIds), scopeArb), { minLength: 1, maxLength: 3 })).map(([userId, projectId, grants]) => ({
      kind: 'sequence' as const,
      steps: [
        { kind: 'add' as const, agencies: [{ id: 'ag-new', name: 'new_agency' }] },
        ...grants.map(([policyId, scope]) => ({ kind: 'attach' as const, principal: { type: 'agency' as const, id: 'ag-new' }, policyId, scope })),
        {
          kind: 'createAuthorization' as const,
          authorization: { userId, userType: userId === 'all' ? ('all-users' as const) : ('iam' as const), type: 'agency' as const, content: 'new_agency', projectId },
        },
      ],
    })),
    fc.constantFrom(...REGIONS).map((projectId) => ({ kind: 'clearAuthorizations' as const, projectId })),
    fc.tuple(fc.constantFrom('0', 'ws-research'), fc.constantFrom('PUBLIC', 'PRIVATE', 'INTERNAL') as fc.Arbitrary<'PUBLIC' | 'PRIVATE' | 'INTERNAL'>, fc.subarray(ORG_USERS)).map(
      ([workspaceId, authType, grants]) => ({ kind: 'updateWorkspace' as const, workspaceId, authType, grants: grants.map((userId) => ({ userId })) }),
    ),
    fc.constantFrom('strict' as const, 'loose' as const).map((authMode) => ({ kind: 'setMode' as const, authMode })),
    fc.tuple(fc.constantFrom(...ORG_AGENCIES), fc.constantFrom(...policyIds), scopeArb).map(([id, policyId, scope]) => ({ kind: 'attach' as const, principal: { type: 'agency' as const, id }, policyId, scope })),
  );
  return fc.oneof({ weight: 4, arbitrary: single }, { weight: 1, arbitrary: fc.array(single, { minLength: 2, maxLength: 3 }).map((steps) => ({ kind: 'sequence' as const, steps })) });
}

/**
 * Each user gets a twin: the same groups and authorization, another id, and a name that the
 * random conditions on g:UserName tell apart ('a*', '?ob', 'alice', 'bob'). The bulk path shares a
 * row between twins unless a condition read who they are (evaluate-access-decisions.ts).
 */
const TWIN_NAMES = ['bob', 'alice', 'amy', 'rob', 'eli2', 'fay2'];
function withTwins(org: Snapshot): Snapshot {
  const twins = org.users.map((u, i) => ({ ...u, id: `${u.id}-twin`, name: TWIN_NAMES[i % TWIN_NAMES.length]!, groups: [...u.groups] }));
  const authorizations = org.authorizations.flatMap((a) => {
    const twin = twins.find((t) => t.id === `${a.userId}-twin`);
    return twin === undefined ? [a] : [a, { ...a, userId: twin.id }];
  });
  return { ...org, users: [...org.users, ...twins], authorizations };
}

const level = (r: AccessResult) => (r.conditional !== undefined ? 1 : r.decision === 'allow' ? 2 : 0);

/** evaluate(after) − evaluate(before), one user at a time. */
function naiveChanges(before: Snapshot, after: Snapshot, target: object): { actions: PreviewChange[]; scenarios: PreviewChange[] } {
  const users = new Map([...before.users, ...after.users].map((u) => [u.id, u.name]));
  const change = (id: string, rank: (s: Snapshot, userId: string) => number): PreviewChange => {
    const gain: PreviewChange['gain'] = [];
    const lose: PreviewChange['lose'] = [];
    for (const [userId, name] of users) {
      const was = rank(before, userId);
      const is = rank(after, userId);
      if (is > was) gain.push({ id: userId, name });
      if (is < was) lose.push({ id: userId, name });
    }
    const sort = (l: PreviewChange['gain']) => l.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return { id, gain: sort(gain), lose: sort(lose) };
  };
  const present = (s: Snapshot, userId: string) => s.users.some((u) => u.id === userId);
  const actions = ORG_ACTIONS.map((action) => change(action, (s, user) => (present(s, user) ? level(evaluateAccess(s, { user, action, ...target })) : 0)));
  const readiness = (r: ScenarioResult) => (!r.ready ? 0 : (r.user.conditionalKeys ?? []).length > 0 ? 1 : 2);
  const scenarios = SCENARIO_IDS.map((scenario) => change(scenario, (s, user) => (present(s, user) ? readiness(checkScenario(s, { user, scenario, ...target })) : 0)));
  const changed = (c: PreviewChange) => c.gain.length + c.lose.length > 0;
  return { actions: actions.filter(changed), scenarios: scenarios.filter(changed) };
}

describe('previewConsequences (property)', () => {
  it('equals evaluate(after) − evaluate(before) for random organisations and mutations', () => {
    let changes = 0;
    fc.assert(
      fc.property(
        orgArb.chain((org) => fc.tuple(fc.constant(org), mutationArb(org), fc.constantFrom(...TARGETS))),
        ([before, mutation, target]) => {
          const after = applyMutation(before, mutation);
          const preview = previewConsequences(before, after, { ...target, actions: ORG_ACTIONS, scenarios: SCENARIO_IDS });
          const naive = naiveChanges(before, after, target);
          expect({ actions: preview.actions, scenarios: preview.scenarios }).toEqual(naive);
          expect(preview.none).toBe(naive.actions.length === 0 && naive.scenarios.length === 0);
          if (!preview.none) changes++;
        },
      ),
      { numRuns: 150 },
    );
    expect(changes).toBeGreaterThan(15);
  });

  it('equals evaluate(after) − evaluate(before) with twin users (equal groups and agency; names the conditions tell apart)', () => {
    let twins = 0;
    fc.assert(
      fc.property(
        orgArb.map(withTwins).chain((org) => fc.tuple(fc.constant(org), mutationArb(org), fc.constantFrom(...TARGETS))),
        ([before, mutation, target]) => {
          const after = applyMutation(before, mutation);
          const preview = previewConsequences(before, after, { ...target, actions: ORG_ACTIONS, scenarios: SCENARIO_IDS });
          const naive = naiveChanges(before, after, target);
          expect({ actions: preview.actions, scenarios: preview.scenarios }).toEqual(naive);
          if ([...preview.gain, ...preview.lose].some((u) => u.id.endsWith('-twin'))) twins++;
        },
      ),
      { numRuns: 150 },
    );
    // Over 150 random runs the count is about 10–25: a floor the organisations meet every time, not a target.
    expect(twins).toBeGreaterThan(5);
  });

  it('no mutation: no one gains or loses, and nobody is evaluated', () => {
    fc.assert(
      fc.property(orgArb, (org) => {
        const preview = previewConsequences(org, structuredClone(org), { projectId: 'p-cn-north-4' });
        expect(preview).toMatchObject({ none: true, evaluated: 0, gain: [], lose: [] });
      }),
      { numRuns: 30 },
    );
  });
});
