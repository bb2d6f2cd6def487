// @vitest-environment node
/** The wildcard index: one group per distinct pattern, filed under its literal `service:type:` prefix when it has one. */
import { describe, expect, it } from 'vitest';
import { collectCandidates } from '../evaluate/collect-candidates';
import { compilePolicies, literalPrefix } from './compile-policies';

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

describe('compilePolicies', () => {
  const set = compilePolicies([
    { Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['modelarts:*:*', 'modelarts:notebook:*'] }] },
    { Version: '1.1', Statement: [{ Effect: 'Deny', Action: ['ModelArts:*:*', 'modelarts:trainJob:*', '*:*:get*'] }] },
  ]);

  it('tests a pattern that several statements share once: one group, both statements', () => {
    const bucket = set.byService.get('modelarts')!;
    expect(bucket.other.map((g) => [g.matcher.pattern, g.statements.map((s) => s.order)])).toEqual([['modelarts:*:*', [0, 1]]]);
    expect([...bucket.byPrefix.keys()]).toEqual(['modelarts:notebook:', 'modelarts:trainjob:']);
    expect(set.anyService.other.map((g) => g.matcher.pattern)).toEqual(['*:*:get*']);
  });

  it('finds every statement whose pattern matches, in set order', () => {
    expect(collectCandidates(set, 'modelarts:notebook:create').map((s) => s.order)).toEqual([0, 1]);
    expect(collectCandidates(set, 'obs:bucket:getobject').map((s) => s.order)).toEqual([1]);
    expect(collectCandidates(set, 'obs:bucket:list')).toEqual([]);
  });
});
