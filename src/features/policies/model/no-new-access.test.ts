// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIONS, compilePolicies, evaluatePolicies, type PolicyDocument, type Statement } from '@/iam';
import { newAccess } from './no-new-access';
import { findTemplate } from './templates';

const policy = (...Statement: Statement[]): PolicyDocument => ({ Version: '1.1', Statement });
const allow = (Action: string[], extra: Partial<Statement> = {}): Statement => ({ Effect: 'Allow', Action, ...extra });
const deny = (Action: string[], extra: Partial<Statement> = {}): Statement => ({ Effect: 'Deny', Action, ...extra });
const onlyUser = { Condition: { StringEquals: { 'g:UserName': ['alice'] } } };
const none = { actions: [], patterns: [] };

describe('newAccess', () => {
  it('lists every action of a new policy (no saved version), sorted', () => {
    const out = newAccess(null, findTemplate('notebook-only-user')!.document);
    expect(out.actions).toEqual([...out.actions].sort());
    expect(out.actions).toHaveLength(7);
    expect(out.patterns).toEqual([]);
  });

  it('reports nothing for the same policy, or one that removes access', () => {
    const saved = policy(allow(['modelarts:notebook:*']), deny(['modelarts:notebook:delete']));
    expect(newAccess(saved, saved)).toEqual(none);
    expect(newAccess(saved, policy(allow(['modelarts:notebook:list'])))).toEqual(none);
    expect(newAccess(saved, policy(allow(['modelarts:notebook:*'], onlyUser), deny(['modelarts:notebook:*'])))).toEqual(none);
  });

  it('reports actions a wider wildcard adds', () => {
    const out = newAccess(policy(allow(['modelarts:notebook:list'])), policy(allow(['modelarts:notebook:*'])));
    expect(out.actions).toEqual(
      ACTIONS.filter((a) => a.resourceType === 'notebook' && a.service === 'modelarts' && a.operation !== 'list')
        .map((a) => a.action)
        .sort(),
    );
  });

  it('reports a removed Deny and a removed condition (widening) as new access', () => {
    const saved = policy(allow(['modelarts:notebook:*']), deny(['modelarts:notebook:delete']));
    expect(newAccess(saved, policy(allow(['modelarts:notebook:*']))).actions).toEqual(['modelarts:notebook:delete']);
    const conditional = policy(allow(['lts:logs:list'], onlyUser));
    expect(newAccess(conditional, policy(allow(['lts:logs:list']))).actions).toEqual(['lts:logs:list']);
    expect(newAccess(conditional, conditional)).toEqual(none);
    // Removing a conditional Deny widens access too.
    const savedCd = policy(allow(['lts:logs:list']), deny(['lts:logs:list'], onlyUser));
    expect(newAccess(savedCd, policy(allow(['lts:logs:list']))).actions).toEqual(['lts:logs:list']);
  });

  it('treats conditional allows in the draft as allowed (conservative)', () => {
    expect(newAccess(null, policy(allow(['lts:logs:list'], onlyUser))).actions).toEqual(['lts:logs:list']);
  });

  it('reports new entries that match no catalog action, unless the saved version covered them', () => {
    const draft = policy(allow(['foo:*:*', 'modelarts:notebook:frobnicate', 'obs:object:GetObject']));
    expect(newAccess(null, draft).patterns).toEqual(['foo:*:*', 'modelarts:notebook:frobnicate']);
    expect(newAccess(policy(allow(['foo:*:*'])), draft).patterns).toEqual(['modelarts:notebook:frobnicate']);
    expect(newAccess(policy(allow(['*:*:*'])), draft)).toEqual(none);
  });

  it('never reports less than the evaluator: every action the draft allows with no context and the saved does not is listed', () => {
    const arbDoc = fc
      .array(
        fc.record({
          effect: fc.constantFrom('Allow', 'Deny'),
          action: fc.constantFrom('modelarts:notebook:*', 'modelarts:*:list', 'modelarts:notebook:list', 'obs:object:Get*', 'lts:logs:list', '*:*:get'),
          cond: fc.boolean(),
        }),
        { minLength: 1, maxLength: 4 },
      )
      .map((rows) => policy(...rows.map((r) => ({ Effect: r.effect, Action: [r.action], ...(r.cond ? { Condition: { StringNotEquals: { 'g:UserName': ['x'] } } } : {}) }))));
    fc.assert(
      fc.property(arbDoc, arbDoc, (saved, draft) => {
        const listed = new Set(newAccess(saved, draft).actions);
        const s = compilePolicies([saved]);
        const d = compilePolicies([draft]);
        for (const context of [{}, { 'g:UserName': 'x' }, { 'g:UserName': 'y' }]) {
          for (const { action } of ACTIONS) {
            const dAllows = evaluatePolicies(d, { action, context }).decision === 'allow';
            const sAllows = evaluatePolicies(s, { action, context }).decision === 'allow';
            if (dAllows && !sAllows) expect(listed.has(action), `${action} ${JSON.stringify(context)}`).toBe(true);
          }
        }
      }),
      { numRuns: 100, seed: 3 },
    );
  });
});
