import { describe, expect, it } from 'vitest';
import {
  describePointer,
  formatPolicyText,
  locatePointer,
  offsetOf,
  policyKindOf,
  positionOf,
  roleTypeOf,
  sameJson,
  statementIndexOf,
  tokenRange,
} from './editor-text';

const TEXT = `{
  "Version": "1.1",
  "Statement": [
    { "Effect": "Allow", "Action": ["modelarts:notebook:list", "obs:object:GetObject"] }
  ]
}`;

describe('editor text helpers', () => {
  it('formats JSON and refuses text that is not JSON', () => {
    expect(formatPolicyText('{"a":[1]}')).toBe('{\n  "a": [\n    1\n  ]\n}');
    expect(formatPolicyText('{"a":')).toBeNull();
  });

  it('compares texts as JSON values', () => {
    expect(sameJson('{"a": 1}', '{\n"a":1}')).toBe(true);
    expect(sameJson('{"a": 1}', '{"a": 2}')).toBe(false);
  });

  it('derives the policy kind from the services', () => {
    const doc = (actions: string[]) => ({ Version: '1.1', Statement: [{ Effect: 'Allow', Action: actions }] });
    expect(policyKindOf(doc(['modelarts:notebook:list']))).toBe('project');
    expect(policyKindOf(doc(['obs:object:GetObject']))).toBe('global');
    expect(policyKindOf(doc(['modelarts:notebook:list', 'obs:object:GetObject']))).toBe('mixed');
    expect(policyKindOf(doc(['*:*:*']))).toBe('none');
    expect(roleTypeOf('global')).toBe('AX');
    expect(roleTypeOf('project')).toBe('XA');
    expect(roleTypeOf('none')).toBe('XA');
  });

  it('describes pointers in words', () => {
    expect(describePointer('/Statement/0/Action/1')).toEqual([
      { kind: 'statement', n: 1 },
      { kind: 'key', name: 'Action' },
      { kind: 'item', n: 2 },
    ]);
    expect(describePointer('/Statement/0/Condition/StringEquals/g:ResourceTag~1team')).toContainEqual({ kind: 'key', name: 'g:ResourceTag/team' });
    expect(describePointer('')).toEqual([]);
    expect(statementIndexOf('/Statement/3/Effect')).toBe(3);
    expect(statementIndexOf('/Version')).toBeNull();
  });

  it('converts between offsets and 1-based positions', () => {
    const text = 'ab\ncde\nf';
    expect(offsetOf(text, 2, 2)).toBe(4);
    expect(positionOf(text, 4)).toEqual({ line: 2, column: 2 });
    expect(offsetOf(text, 9, 1)).toBe(text.length);
    expect(offsetOf(text, 1, 99)).toBe(2);
  });

  it('underlines a whole string token or a word', () => {
    const text = '{"Effect": "Alow", x: 12}';
    expect(text.slice(tokenRange(text, 11).from, tokenRange(text, 11).to)).toBe('"Alow"');
    expect(text.slice(tokenRange(text, 19).from, tokenRange(text, 19).to)).toBe('x');
    expect(tokenRange(text, 99).to).toBe(text.length);
  });

  it('locates a pointer in the text, falling back to its parent', () => {
    expect(locatePointer(TEXT, '/Statement/0/Action/1')).toEqual({ line: 4, column: 64 });
    expect(locatePointer(TEXT, '/Statement/0/Effect')).toEqual({ line: 4, column: 7 });
    expect(locatePointer(TEXT, '/Statement/0/Nope')).toEqual({ line: 4, column: 5 });
    expect(locatePointer('not json', '/Version')).toEqual({ line: 1, column: 1 });
  });
});
