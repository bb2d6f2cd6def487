// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compilePolicies } from '../compile/compile-policies';
import type { PolicyDocument } from '../model';
import { evaluatePolicies } from './evaluate-policies';

const allowNotebooks: PolicyDocument = {
  Version: '1.1',
  Statement: [
    { Effect: 'Allow', Action: ['modelarts:notebook:*'] },
    { Effect: 'Deny', Action: ['modelarts:notebook:delete'], Condition: { StringEquals: { 'g:UserName': ['bob'] } } },
  ],
};
const objectPolicy: PolicyDocument = {
  Version: '1.1',
  Statement: [{ Effect: 'Allow', Action: 'obs:object:GetObject', Resource: ['obs:*:*:object:datasets/*'] }],
};

describe('evaluatePolicies', () => {
  const set = compilePolicies([{ id: 'p1', name: 'Notebooks', document: allowNotebooks }, objectPolicy]);

  it('lists the determining statements with ids and names', () => {
    const r = evaluatePolicies(set, { action: 'modelarts:notebook:create' });
    expect(r.decision).toBe('allow');
    expect(r.statements).toEqual([{ policyIndex: 0, policyId: 'p1', policyName: 'Notebooks', statementIndex: 0, effect: 'Allow' }]);
  });

  it('explicit_deny lists only the Deny statements', () => {
    const r = evaluatePolicies(set, { action: 'modelarts:notebook:delete', context: { 'g:UserName': 'bob' } });
    expect(r.decision).toBe('explicit_deny');
    expect(r.statements.map((s) => s.effect)).toEqual(['Deny']);
  });

  it('reports keys whose absence kept a statement from applying', () => {
    const r = evaluatePolicies(set, { action: 'modelarts:notebook:delete' });
    expect(r.decision).toBe('allow');
    expect(r.missingContextKeys).toEqual(['g:UserName']);
  });

  it('does not report keys when a present value already failed', () => {
    const s = compilePolicies([
      {
        Version: '1.1',
        Statement: [{ Effect: 'Allow', Action: 'a:b:c', Condition: { StringEquals: { x: ['1'], y: ['2'] } } }],
      },
    ]);
    expect(evaluatePolicies(s, { action: 'a:b:c', context: { x: '0' } }).missingContextKeys).toEqual([]);
    expect(evaluatePolicies(s, { action: 'a:b:c', context: {} }).missingContextKeys).toEqual(['x', 'y']);
  });

  it('explains every statement with a machine-readable reason', () => {
    const r = evaluatePolicies(
      set,
      { action: 'obs:object:GetObject', resource: 'obs:cn-north-4:d:object:models/m.bin' },
      { explain: true },
    );
    expect(r.explain?.map((e) => e.reason)).toEqual(['action_mismatch', 'action_mismatch', 'resource_mismatch']);
    const denied = evaluatePolicies(set, { action: 'modelarts:notebook:delete', context: { 'g:UserName': 'alice' } }, { explain: true });
    expect(denied.explain?.[1]).toMatchObject({
      reason: 'condition_failed',
      condition: { operator: 'StringEquals', key: 'g:UserName', requestValue: 'alice', policyValues: ['bob'] },
    });
    const missing = evaluatePolicies(set, { action: 'modelarts:notebook:delete' }, { explain: true });
    expect(missing.explain?.[1]).toMatchObject({ reason: 'condition_key_missing', condition: { key: 'g:UserName' } });
  });

  it('explains a list without a qualifier', () => {
    const s = compilePolicies([
      { Version: '1.1', Statement: [{ Effect: 'Deny', Action: 'a:b:c', Condition: { StringNotEquals: { 'g:TagKeys': ['x'] } } }] },
    ]);
    const r = evaluatePolicies(s, { action: 'a:b:c', context: { 'g:TagKeys': ['y', 'x'] } }, { explain: true });
    expect(r.decision).toBe('implicit_deny');
    expect(r.explain?.[0]?.condition?.note).toMatch(/ForAnyValue or ForAllValues/);
  });

  it('never throws on malformed documents', () => {
    const junk = [null, 5, { Statement: 'x' }, { Statement: [null, { Effect: 'Permit', Action: 'a:b:c' }, { Effect: 'Allow' }] }];
    const s = compilePolicies(junk as unknown as PolicyDocument[]);
    expect(evaluatePolicies(s, { action: 'a:b:c' }).decision).toBe('implicit_deny');
  });

  it('matches a statement once even when several entries match', () => {
    const s = compilePolicies([
      { Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['modelarts:*:*', 'modelarts:notebook:*', '*:*:*', 'modelarts:notebook:list'] }] },
    ]);
    expect(evaluatePolicies(s, { action: 'modelarts:notebook:list' }).statements).toHaveLength(1);
  });
});
