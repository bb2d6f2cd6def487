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
import { ORG_ACTIONS, ORG_USERS, orgArb } from './org-arbitraries';
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
