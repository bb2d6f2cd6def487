// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { matchesGlob } from './glob';
import { compileWildcard, matchesWildcard, testWildcard } from './wildcard';

describe('matchesWildcard (Action semantics)', () => {
  it.each<[string, string, boolean]>([
    ['modelarts:notebook:create', 'modelarts:notebook:create', true],
    ['modelarts:NoteBook:CREATE', 'modelarts:notebook:create', true],
    ['obs:bucket:ListAllMybuckets', 'obs:bucket:ListAllMyBuckets', true],
    ['obs:object:Get*', 'obs:object:GetObjectAcl', true],
    ['obs:object:Get*', 'obs:object:PutObject', false],
    ['modelarts:*:list', 'modelarts:trainJob:list', true],
    ['modelarts:*:list', 'modelarts:trainJob:listAll', false],
    ['modelarts:*:*delete*', 'modelarts:trainJobVersion:delete', true],
    ['modelarts:*:*delete*', 'modelarts:dataset:deleteDatasetVersion', true],
    ['modelarts:*:*delete*', 'modelarts:dataset:create', false],
    ['*:*:*', 'iam:users:listUsers', true],
    ['*', 'anything', true],
    ['*:*:GetObject', 'obs:object:GetObject', true],
    ['obs:*:*', 'modelarts:notebook:list', false],
    ['a*b*b', 'abb', true],
    ['a*b*b', 'ab', false],
    ['a*a', 'a', false],
    ['**', '', true],
    ['', '', true],
    ['', 'x', false],
  ])('%s ~ %s → %s', (pattern, value, want) => {
    expect(matchesWildcard(pattern, value)).toBe(want);
  });

  it('compiles patterns into literal segments, no RegExp', () => {
    const m = compileWildcard('Modelarts:*:*Delete*');
    expect(m).toMatchObject({ exact: null, head: 'modelarts:', tail: '', middle: [':', 'delete'] });
    expect(testWildcard(m, 'modelarts:x:ydeletez')).toBe(true);
  });

  it('case-sensitive matchers keep case (Resource)', () => {
    const m = compileWildcard('obs:*:*:object:Data/*', false);
    expect(testWildcard(m, 'obs:r:a:object:Data/x')).toBe(true);
    expect(testWildcard(m, 'obs:r:a:object:data/x')).toBe(false);
  });
});

describe('matchesGlob (StringMatch)', () => {
  it.each<[string, string, boolean]>([
    ['dev-??-*', 'dev-01-alice', true],
    ['dev-??-*', 'dev-1-alice', false],
    ['*x', 'abc', false],
    ['*c', 'abc', true],
    ['a*b*c', 'aXbYbZc', true],
    ['?', '', false],
    ['*', '', true],
    ['A*', 'a', false],
  ])('%s ~ %s → %s', (pattern, value, want) => {
    expect(matchesGlob(pattern, value)).toBe(want);
  });
});
