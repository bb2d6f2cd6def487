// @vitest-environment node
/**
 * The Conditional verdict on random organisations (docs/policy-semantics.md, "Conditional"):
 * - a Conditional result is proved: its example values really change whether the user is allowed;
 * - a result that is not Conditional cannot be changed by any values for the lacking keys.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContextValue, RequestContext } from '../model';
import { evaluateAccess } from './evaluate-access';
import { evaluateAccessDecisions } from './evaluate-access-decisions';
import { ORG_ACTIONS, ORG_GROUPS, ORG_USERS, orgArb } from './org-arbitraries';
import { BASE_SNAPSHOT } from './test-snapshot';

/** The keys the policy arbitraries read that the engine does not derive. */
const LACKABLE = ['g:MFAAge', 'g:SourceIp', 'g:TagKeys', 'g:CurrentTime', 'modelarts:poolType'];
/** The policy arbitraries' own values and their neighbours, as request values. */
const VALUES: ContextValue[] = [
  'alice', 'bob', 'public', 'public~', 'dedicated', '3600', '10', '9', '11', 'true', 'false', true, false, 3599, 3601, 10, 9.5,
  '10.0.0.0', '10.255.255.255', '11.0.0.0', '9.255.255.255', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00.001Z', '2024-12-31T23:59:59.999Z',
  'a', 'ab', 'bob', 'Bob', '?ob', 'a*', '', [], ['public'], ['alice', 'bob'], ['x'], null,
];
const contextArb = fc.dictionary(fc.constantFrom(...LACKABLE), fc.constantFrom(...VALUES), { maxKeys: 3 }).map((c) => c as RequestContext);
const targetArb = fc.constantFrom({ projectId: 'p-cn-north-4' }, { projectId: 'p-cn-east-3', workspaceId: 'ws-research' }, {});

describe('Conditional (property)', () => {
  it('a Conditional result carries values that change whether the user is allowed', () => {
    let conditional = 0;
    fc.assert(
      fc.property(orgArb, fc.constantFrom(...ORG_USERS), fc.constantFrom(...ORG_ACTIONS), targetArb, (org, user, action, target) => {
        const r = evaluateAccess(org, { user, action, ...target });
        if (r.conditional === undefined) return;
        conditional++;
        expect(r.conditional.example).toBeDefined();
        const flipped = evaluateAccess(org, { user, action, ...target, context: r.conditional.example });
        expect(flipped.decision === 'allow').not.toBe(r.decision === 'allow');
        expect(r.conditional.exampleDecision).toBe(flipped.decision);
        expect(r.conditional.keys.length).toBeGreaterThan(0);
        expect(r.conditional.statements.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
    expect(conditional).toBeGreaterThan(3); // the organisations do meet Conditional verdicts
  });

  it('a result that is not Conditional stays the same whatever values the lacking keys get', () => {
    fc.assert(
      fc.property(orgArb, fc.constantFrom(...ORG_USERS), fc.constantFrom(...ORG_ACTIONS), targetArb, contextArb, (org, user, action, target, context) => {
        const r = evaluateAccess(org, { user, action, ...target });
        if (r.conditional !== undefined) return;
        const other = evaluateAccess(org, { user, action, ...target, context });
        expect({ context, allowed: other.decision === 'allow' }).toEqual({ context, allowed: r.decision === 'allow' });
      }),
      { numRuns: 600 },
    );
  });

  it('the bulk path (one Conditional search per shared case) marks exactly the cells evaluateAccess finds Conditional, with the same keys', () => {
    // Users sharing groups share the bulk path's memoised search: twins make that happen, and
    // twins named like the policies' g:UserName values make the same statements hold for one and fail for another.
    const NAMES = ['alice', 'bob', 'Bob', 'ab'];
    const withTwins = orgArb.map((org) => ({
      ...org,
      users: [
        ...org.users,
        ...org.users.map((u, i) => ({ ...u, id: `${u.id}-twin`, name: NAMES[i % NAMES.length]!, groups: i % 2 === 0 ? u.groups : [...ORG_GROUPS].slice(i % 3, (i % 3) + 2) })),
      ],
    }));
    fc.assert(
      fc.property(withTwins, targetArb, fc.option(contextArb, { nil: undefined }), (org, target, context) => {
        const users = org.users.map((u) => u.id);
        const bulk = evaluateAccessDecisions(org, users, ORG_ACTIONS, { ...target, context });
        users.forEach((user, i) =>
          ORG_ACTIONS.forEach((action, j) => {
            const r = evaluateAccess(org, { user, action, ...target, context });
            const v = bulk[i * ORG_ACTIONS.length + j]!;
            expect({ user, action, decision: v.decision, conditional: v.conditional === true, keys: v.conditionalKeys ?? [] }).toEqual({
              user,
              action,
              decision: r.decision,
              conditional: r.conditional !== undefined,
              keys: r.conditional?.keys ?? [],
            });
          }),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('arjun-like: an Allow and a Deny on modelarts:poolType = public is Conditional, with poolType=public as the proof', () => {
    const org = structuredClone(BASE_SNAPSHOT);
    org.policies.push({
      id: 'pol-public',
      name: 'Deny Public Resource Pools',
      type: 'custom',
      document: { Version: '1.1', Statement: [{ Effect: 'Deny', Action: ['modelarts:trainJob:create'], Condition: { StringEquals: { 'modelarts:poolType': ['public'] } } }] },
    });
    org.attachments.push({ principal: { type: 'group', id: 'g-trainers' }, policyId: 'pol-public', scope: { type: 'all' } });
    const r = evaluateAccess(org, { user: 'frank', action: 'modelarts:trainJob:create', projectId: 'p-cn-north-4' });
    expect(r.decision).toBe('allow');
    expect(r.conditional).toMatchObject({ keys: ['modelarts:poolType'], example: { 'modelarts:poolType': 'public' }, exampleDecision: 'explicit_deny' });
    expect(r.conditional?.statements.map((s) => s.policyName)).toEqual(['Deny Public Resource Pools']);
    // Supplying a value decides it.
    expect(evaluateAccess(org, { user: 'frank', action: 'modelarts:trainJob:create', projectId: 'p-cn-north-4', context: { 'modelarts:poolType': 'dedicated' } }).conditional).toBeUndefined();
  });
});
