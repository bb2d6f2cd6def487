// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { PolicyDocument } from '@/iam';
import { countPolicyCharacters, POLICY_CHARACTER_LIMIT } from './character-count';

describe('countPolicyCharacters', () => {
  const doc: PolicyDocument = { Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['lts:logs:list'] }] };
  const minified = JSON.stringify(doc).length;

  it('counts the minified JSON of a document or of the editor text', () => {
    expect(countPolicyCharacters(doc)).toEqual({ length: minified, limit: 6144, remaining: 6144 - minified, over: false, exact: true });
    expect(countPolicyCharacters(JSON.stringify(doc, null, 8))).toMatchObject({ length: minified, exact: true });
  });

  it('falls back to the raw length for text that is not JSON', () => {
    expect(countPolicyCharacters('{ "Version": ')).toMatchObject({ length: 13, exact: false });
  });

  it('flags documents over the limit', () => {
    const big: PolicyDocument = { Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['x'.repeat(POLICY_CHARACTER_LIMIT)] }] };
    const count = countPolicyCharacters(big);
    expect(count.over).toBe(true);
    expect(count.remaining).toBeLessThan(0);
  });
});
