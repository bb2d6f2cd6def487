import { describe, expect, it } from 'vitest';
import { contextToRows, keyType, rowProblem, rowsToContext, type ContextRow } from './context-rows';

const row = (id: number, key: string, value: string): ContextRow => ({ id, key, value });

describe('context rows', () => {
  it('types keys by the global key catalog, case-insensitively, including prefix keys', () => {
    expect(keyType('g:MFAAge')).toBe('number');
    expect(keyType('g:mfapresent')).toBe('bool');
    expect(keyType('g:CurrentTime')).toBe('date');
    expect(keyType('g:SourceIp')).toBe('ip');
    expect(keyType('g:TagKeys')).toBe('list');
    expect(keyType('g:ResourceTag/team')).toBe('string');
    expect(keyType('modelarts:poolType')).toBe('string');
  });

  it('locates each problem on its row', () => {
    const rows = [row(0, 'g:MFAAge', 'soon'), row(1, 'g:SourceIp', '999.1.1.1'), row(2, 'g:CurrentTime', 'yesterday'), row(3, '', 'x'), row(4, 'g:mfaage', '3'), row(5, 'g:UserName', ' ')];
    expect(rows.map((r) => rowProblem(r, rows))).toEqual(['number', 'ip', 'date', 'keyRequired', 'keyDuplicate', 'valueRequired']);
    expect(rowProblem(row(0, 'g:SourceIp', '10.0.0.0/8'), [])).toBeNull();
  });

  it('converts to typed request values and back', () => {
    const ctx = rowsToContext([row(0, 'g:MFAAge', '300'), row(1, 'g:MFAPresent', 'TRUE'), row(2, 'g:TagKeys', 'a, b,,c'), row(3, 'g:SourceIp', '10.0.0.8')]);
    expect(ctx).toEqual({ 'g:MFAAge': 300, 'g:MFAPresent': true, 'g:TagKeys': ['a', 'b', 'c'], 'g:SourceIp': '10.0.0.8' });
    expect(rowsToContext(contextToRows(ctx))).toEqual(ctx);
  });
});
