// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { PolicyDocument } from '@/iam';
import { grantDifferences, probeContexts } from './compare-grants';

const base: PolicyDocument = {
  Version: '1.1',
  Statement: [
    { Effect: 'Allow', Action: ['obs:object:GetObject'], Resource: ['obs:*:*:object:a/*'], Condition: { StringEquals: { 'g:UserName': ['alice'] } } },
  ],
};

describe('grantDifferences', () => {
  it('finds no difference between a document and itself or a re-spelled copy', () => {
    expect(grantDifferences(base, base)).toEqual([]);
    const respelled = { Version: '1.1', Statement: [{ ...base.Statement[0]!, Effect: 'allow', Sid: 'x' }] } as PolicyDocument;
    expect(grantDifferences(base, respelled)).toEqual([]);
  });

  it('finds a dropped condition and a dropped resource', () => {
    const noCondition: PolicyDocument = { Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['obs:object:GetObject'], Resource: ['obs:*:*:object:a/*'] }] };
    const noResource: PolicyDocument = { Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['obs:object:GetObject'], Condition: base.Statement[0]!.Condition! }] };
    expect(grantDifferences(base, noCondition).length).toBeGreaterThan(0);
    expect(grantDifferences(base, noResource).length).toBeGreaterThan(0);
  });

  it('builds probe contexts from the condition values', () => {
    expect(probeContexts([base])).toEqual(expect.arrayContaining([{}, { 'g:UserName': 'alice' }, { 'g:UserName': 'zz-other' }]));
  });
});
