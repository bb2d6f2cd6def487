// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '@/iam';
import { countPatternMatches } from './pattern-count';

describe('countPatternMatches', () => {
  it('counts catalog actions with the engine matcher, case-insensitively', () => {
    const n = ACTIONS.filter((a) => a.service === 'obs' && a.resourceType === 'object' && a.operation.startsWith('Get')).length;
    expect(countPatternMatches('obs:object:Get*')).toMatchObject({ count: n, valid: true, problem: null, message: null });
    expect(countPatternMatches('obs:object:get*').count).toBe(n);
    expect(countPatternMatches('*:*:*').count).toBe(ACTIONS.length);
    expect(countPatternMatches('modelarts:notebook:*', 3).sample).toHaveLength(3);
    expect(countPatternMatches('foo:*:*')).toMatchObject({ count: 0, sample: [], valid: true });
  });

  it('says why a pattern is malformed', () => {
    expect(countPatternMatches('')).toMatchObject({ valid: false, problem: 'empty' });
    expect(countPatternMatches('modelarts:*')).toMatchObject({ valid: false, problem: 'parts' });
    expect(countPatternMatches('modelarts:*').message).toContain('has 2 parts');
    expect(countPatternMatches('modelarts::list')).toMatchObject({ valid: false, problem: 'characters' });
    expect(countPatternMatches('modelarts:note book:*')).toMatchObject({ valid: false, problem: 'characters' });
    const upper = countPatternMatches('OBS:object:Get*');
    expect(upper).toMatchObject({ valid: false, problem: 'service_case' });
    expect(upper.count).toBeGreaterThan(0);
    expect(countPatternMatches('*')).toMatchObject({ valid: false, problem: 'parts', count: ACTIONS.length });
  });
});
