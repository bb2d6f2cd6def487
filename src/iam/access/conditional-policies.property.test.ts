// @vitest-environment node
/**
 * The Conditional verdict of Check access on pasted policies (conditionalOfPolicies: plain
 * evaluation, docs/policy-semantics.md §2 and §3 "Conditional"), on random policies and requests:
 * - a Conditional result is proved: its example values turn allowed into not allowed or back, and
 *   exampleDecision is the decision with them;
 * - a result that is not Conditional keeps whether it is allowed whatever values the keys the
 *   request lacks get (so Allowed is never shown where a value could refuse it).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePolicies } from '../compile/compile-policies';
import { contextValueArb, KEYS, policiesArb, requestArb } from '../evaluate/arbitraries';
import { evaluatePolicies } from '../evaluate/evaluate-policies';
import type { RequestContext } from '../model';
import { conditionalOfPolicies, withValues } from './conditional';

const extraArb = fc.dictionary(fc.constantFrom(...KEYS), contextValueArb, { maxKeys: 3 });
const compile = (docs: Parameters<typeof compilePolicies>[0] extends readonly (infer T)[] ? T[] : never) => compilePolicies(docs);

describe('conditionalOfPolicies (property)', () => {
  it('a Conditional result carries values that change whether the request is allowed', () => {
    let conditional = 0;
    fc.assert(
      fc.property(policiesArb, requestArb, (documents, request) => {
        const set = compile(documents.map((document, i) => ({ name: `#${i + 1}`, document })));
        const c = conditionalOfPolicies(set, request);
        if (c === undefined || c.example === undefined) return;
        conditional++;
        const before = evaluatePolicies(set, request).decision;
        const flipped = evaluatePolicies(set, { ...request, context: withValues(request.context, c.example) }).decision;
        expect(flipped === 'allow').not.toBe(before === 'allow');
        expect(c.exampleDecision).toBe(flipped);
        expect(c.keys.length).toBeGreaterThan(0);
        expect(c.statements.length).toBeGreaterThan(0);
      }),
      { numRuns: 1500 },
    );
    expect(conditional).toBeGreaterThan(10);
  });

  it('a result that is not Conditional stays allowed, or not, whatever values the lacking keys get', () => {
    let settled = 0;
    fc.assert(
      fc.property(policiesArb, requestArb, extraArb, (documents, request, extra) => {
        const set = compile(documents.map((document, i) => ({ name: `#${i + 1}`, document })));
        if (conditionalOfPolicies(set, request) !== undefined) return;
        // Values only for keys the request lacks (keys compare case-insensitively).
        const present = new Set(Object.keys(request.context ?? {}).map((k) => k.toLowerCase()));
        const lacking: RequestContext = {};
        for (const [k, v] of Object.entries(extra)) if (!present.has(k.toLowerCase())) lacking[k] = v;
        if (Object.keys(lacking).length === 0) return;
        settled++;
        const before = evaluatePolicies(set, request).decision === 'allow';
        const after = evaluatePolicies(set, { ...request, context: { ...request.context, ...lacking } }).decision === 'allow';
        expect({ lacking, after }).toEqual({ lacking, after: before });
      }),
      { numRuns: 1500 },
    );
    expect(settled).toBeGreaterThan(100);
  });
});
