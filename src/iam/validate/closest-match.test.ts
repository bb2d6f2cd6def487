// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { boundedEditDistance, closestMatch } from './closest-match';

describe('closestMatch', () => {
  it('computes edit distances and stops past the bound', () => {
    expect(boundedEditDistance('kitten', 'sitting', 5)).toBe(3);
    expect(boundedEditDistance('kitten', 'sitting', 2)).toBe(3);
    expect(boundedEditDistance('', 'abc', 5)).toBe(3);
    expect(boundedEditDistance('same', 'same', 0)).toBe(0);
  });

  it('picks the nearest candidate case-insensitively within the bound', () => {
    expect(closestMatch('modelart', ['modelarts', 'obs', 'ecs'])).toBe('modelarts');
    expect(closestMatch('G:USERNAM', ['g:UserName', 'g:UserId'])).toBe('g:UserName');
    expect(closestMatch('zzzzzz', ['modelarts', 'obs'])).toBeUndefined();
  });
});
