// @vitest-environment node
/** The wildcard index: one group per distinct pattern, filed under its literal `service:type:` prefix when it has one. */
import { describe, expect, it } from 'vitest';
import { collectCandidates } from '../evaluate/collect-candidates';
import { classifyPattern, compilePolicies, literalPrefix } from './compile-policies';

describe('literalPrefix', () => {
  it('is the text up to the second colon when it has no star', () => {
    expect(literalPrefix('modelarts:notebook:*')).toBe('modelarts:notebook:');
    expect(literalPrefix('modelarts:notebook:create')).toBe('modelarts:notebook:');
    expect(literalPrefix('modelarts:*:*')).toBeNull();
    expect(literalPrefix('modelarts:note*:list')).toBeNull();
    expect(literalPrefix('modelarts:*')).toBeNull();
    expect(literalPrefix('modelarts')).toBeNull();
  });
});

describe('classifyPattern', () => {
  it('files the patterns that match every `service:type:operation` action of their service', () => {
    for (const p of ['modelarts:*:*', 'modelarts:*', '*:*:*', '*:*', '*', '**']) expect(classifyPattern(p)).toBe('any');
  });

  it('files `service:*:op*` by its operation prefix and `service:*:*op*` by the literal its operation contains', () => {
    expect(classifyPattern('modelarts:*:get*')).toEqual({ operation: 'get' });
    expect(classifyPattern('*:*:get*')).toEqual({ operation: 'get' });
    expect(classifyPattern('modelarts:*:*list*')).toEqual({ contained: 'list' });
  });

  it('leaves every other shape to a test of the whole pattern', () => {
    for (const p of ['modelarts:*:', 'modelarts:*:get', 'modelarts:*:g*t*', 'modelarts:*:**', 'modelarts:note*:*', 'model*:*:*', 'modelarts:*:*:*', 'modelarts:x', '*:get'])
      expect(classifyPattern(p)).toBeNull();
  });
});

describe('compilePolicies', () => {
  const set = compilePolicies([
    { Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['modelarts:*:*', 'modelarts:notebook:*'] }] },
    { Version: '1.1', Statement: [{ Effect: 'Deny', Action: ['ModelArts:*:*', 'modelarts:trainJob:*', '*:*:get*'] }] },
  ]);

  it('tests a pattern that several statements share once: one group, both statements', () => {
    const bucket = set.byService.get('modelarts')!;
    expect(bucket.anyType.map((g) => [g.matcher.pattern, g.statements.map((s) => s.order)])).toEqual([['modelarts:*:*', [0, 1]]]);
    expect(bucket.anyTypeStatements.map((s) => s.order)).toEqual([0, 1]);
    expect([...bucket.byPrefix.keys()]).toEqual(['modelarts:notebook:', 'modelarts:trainjob:']);
    expect([...set.anyService.byOperation.keys()]).toEqual(['get']);
  });

  it('finds every statement whose pattern matches, in set order', () => {
    expect(collectCandidates(set, 'modelarts:notebook:create').map((s) => s.order)).toEqual([0, 1]);
    expect(collectCandidates(set, 'obs:bucket:getobject').map((s) => s.order)).toEqual([1]);
    expect(collectCandidates(set, 'obs:bucket:list')).toEqual([]);
  });
});
