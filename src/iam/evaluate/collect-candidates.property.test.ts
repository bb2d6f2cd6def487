// @vitest-environment node
/**
 * The wildcard index never skips a pattern that matches, nor adds one that does not: for random
 * patterns of every shape the index files differently (`svc:type:*`, `svc:*:*`, `svc:*`,
 * `svc:*:op*`, `svc:*:*op*`, `*:*:op*`, empty segments, other colon counts) and random actions
 * (two colons or not), the candidates are exactly the statements a test of every Action entry
 * finds, in set order (docs/policy-semantics.md §2).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePolicies } from '../compile/compile-policies';
import type { PolicyDocument } from '../model';
import { matchesAction } from './check-statement';
import { collectCandidates } from './collect-candidates';

const SERVICES = ['svc', 'obs', '*', 's*', ''];
const SEGMENTS = ['', '*', '**', 'ab', 'abc', 'a*', 'ab*', '*b', '*bc*', '*b*', 'a*c', 'x', 'abx*', '*:*'];
const WORDS = ['', 'ab', 'abc', 'xabcx', 'bc', 'a', 'x', 'abx', 'b'];

const join = (head: string, rest: string[]) => [head, ...rest].join(':');
const patternArb = fc.tuple(fc.constantFrom(...SERVICES), fc.array(fc.constantFrom(...SEGMENTS), { maxLength: 3 })).map(([s, rest]) => join(s, rest));
const actionArb = fc.oneof(
  fc.tuple(fc.constantFrom('svc', 'obs', 'sv'), fc.constantFrom(...WORDS), fc.constantFrom(...WORDS)).map(([s, t, o]) => `${s}:${t}:${o}`),
  fc.tuple(fc.constantFrom('svc', 'obs', 's'), fc.array(fc.constantFrom(...WORDS), { maxLength: 3 })).map(([s, rest]) => join(s, rest)),
);
const policiesArb: fc.Arbitrary<PolicyDocument[]> = fc.array(
  fc.record({
    Version: fc.constant('1.1'),
    Statement: fc.array(fc.record({ Effect: fc.constantFrom('Allow', 'Deny'), Action: fc.array(patternArb, { minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 4 }),
  }),
  { maxLength: 4 },
);

describe('collectCandidates', () => {
  it('finds exactly the statements whose Action matches, in set order, whatever the patterns', () => {
    fc.assert(
      fc.property(policiesArb, fc.array(actionArb, { minLength: 1, maxLength: 4 }), (policies, actions) => {
        const set = compilePolicies(policies);
        for (const action of actions) {
          const expected = set.statements.filter((st) => matchesAction(st, action)).map((st) => st.order);
          expect(collectCandidates(set, action).map((st) => st.order)).toEqual(expected);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
