// @vitest-environment node
/** Properties of §2: Deny never grants, Allow never revokes, no throw, indexed = explain path. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePolicies } from '../compile/compile-policies';
import type { PolicyDocument, PolicyRequest } from '../model';
import { actionArb, policiesArb, requestArb, statementArb } from './arbitraries';
import { evaluatePolicies } from './evaluate-policies';

const decide = (policies: PolicyDocument[], request: PolicyRequest) =>
  evaluatePolicies(compilePolicies(policies), request).decision;

const RUNS = { numRuns: 400 };

describe('evaluatePolicies properties', () => {
  it('adding a Deny statement never grants access', () => {
    fc.assert(
      fc.property(policiesArb, statementArb('Deny'), requestArb, (policies, deny, request) => {
        const after = decide([...policies, { Version: '1.1', Statement: [deny] }], request);
        if (after === 'allow') expect(decide(policies, request)).toBe('allow');
        if (decide(policies, request) === 'explicit_deny') expect(after).toBe('explicit_deny');
      }),
      RUNS,
    );
  });

  it('adding an Allow statement never removes access', () => {
    fc.assert(
      fc.property(policiesArb, statementArb('Allow'), requestArb, (policies, allow, request) => {
        if (decide(policies, request) !== 'allow') return;
        expect(decide([...policies, { Version: '1.1', Statement: [allow] }], request)).toBe('allow');
      }),
      RUNS,
    );
  });

  it('the indexed and explain paths always agree', () => {
    fc.assert(
      fc.property(policiesArb, requestArb, (policies, request) => {
        const set = compilePolicies(policies);
        const fast = evaluatePolicies(set, request);
        const { explain, ...slow } = evaluatePolicies(set, request, { explain: true });
        expect(slow).toEqual(fast);
        expect(explain).toHaveLength(set.statements.length);
        const applying = (explain ?? []).filter((e) => e.reason === 'applies');
        const denies = applying.filter((e) => e.effect === 'Deny');
        expect(fast.statements.length).toBe(denies.length > 0 ? denies.length : applying.length);
      }),
      RUNS,
    );
  });

  it('never throws, whatever the policies and request', () => {
    fc.assert(
      fc.property(fc.array(fc.anything()), fc.oneof(actionArb, fc.string()), fc.anything(), (policies, action, context) => {
        const set = compilePolicies(policies as PolicyDocument[]);
        const request = { action, context } as PolicyRequest;
        expect(() => evaluatePolicies(set, request)).not.toThrow();
        expect(() => evaluatePolicies(set, request, { explain: true })).not.toThrow();
      }),
      RUNS,
    );
  });
});
