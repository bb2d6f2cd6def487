// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '@/iam';
import {
  actionsByLevel,
  blockServiceOf,
  canonicalConditionKey,
  createBlock,
  createConditionRow,
  createIdSource,
  describeConditions,
  duplicateBlock,
  formatRowOperator,
  idSourceAfter,
  isKnownOperator,
  serviceOptions,
  serviceSupportsResources,
} from './visual-model';

describe('visual model helpers', () => {
  it('creates and duplicates blocks with deterministic ids', () => {
    const ids = createIdSource();
    const block = createBlock(ids, 'modelarts');
    block.conditions.push(createConditionRow(ids, { key: 'g:UserName', values: ['a'] }));
    block.collapsed = true;
    const copy = duplicateBlock(block, ids);
    expect(block.id).toBe('block-1');
    expect(block.conditions[0]!.id).toBe('cond-2');
    expect(copy.id).toBe('block-3');
    expect(copy.conditions[0]!.id).toBe('cond-4');
    expect(copy.collapsed).toBeUndefined();
    copy.conditions[0]!.values.push('b');
    expect(block.conditions[0]!.values).toEqual(['a']);
    expect(idSourceAfter({ blocks: [block, copy] }).next('block')).toBe('block-5');
  });

  it('formats operators and describes conditions (OR within, AND across)', () => {
    const ids = createIdSource();
    const a = createConditionRow(ids, { operator: 'StringEquals', qualifier: 'ForAnyValue', ifExists: true, key: 'g:TagKeys', values: ['x', 'y'] });
    const b = createConditionRow(ids, { operator: 'Bool', key: 'g:MFAPresent', values: ['true'] });
    expect(formatRowOperator(a)).toBe('ForAnyValue:StringEqualsIfExists');
    expect(describeConditions([a, b])).toBe('g:TagKeys ForAnyValue:StringEqualsIfExists "x" or "y" AND g:MFAPresent Bool "true"');
    expect(isKnownOperator(a)).toBe(true);
    expect(isKnownOperator({ operator: 'StringEqual' })).toBe(false);
  });

  it('canonicalises global keys only', () => {
    expect(canonicalConditionKey('g:username')).toBe('g:UserName');
    expect(canonicalConditionKey('G:RESOURCETAG/Team')).toBe('g:ResourceTag/Team');
    expect(canonicalConditionKey('modelarts:pooltype')).toBe('modelarts:pooltype');
  });

  it('groups a service’s actions by access level', () => {
    const levels = actionsByLevel('obs');
    const total = Object.values(levels).reduce((n, l) => n + l.length, 0);
    expect(total).toBe(ACTIONS.filter((a) => a.service === 'obs').length);
    expect(levels['Permission management'].map((a) => a.action)).toContain('obs:bucket:PutBucketAcl');
  });

  it('knows where resources apply and which block an entry belongs to', () => {
    expect(serviceSupportsResources('modelarts')).toBe(false);
    expect(serviceSupportsResources('obs')).toBe(true);
    expect(serviceSupportsResources('*')).toBe(true);
    expect(blockServiceOf('OBS:object:Get*')).toBe('obs');
    expect(blockServiceOf('*:*:GetObject')).toBe('*');
    expect(serviceOptions().find((s) => s.id === 'obs')).toMatchObject({ kind: 'global' });
    expect(serviceOptions().find((s) => s.id === 'modelarts')).toMatchObject({ kind: 'project' });
  });
});
