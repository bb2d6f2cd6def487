import { describe, expect, it } from 'vitest';
import { readPastedPolicies } from './run-check';

describe('readPastedPolicies', () => {
  it('reports a syntax error in a pasted array with the parser finding: its place and its values', () => {
    const { documents, findings } = readPastedPolicies('[\n  { "Version": "1.1", }\n]');
    expect(documents).toEqual([]);
    expect(findings).toEqual([
      expect.objectContaining({ code: 'json-syntax', line: 2, params: { variant: 'TrailingComma' }, message: expect.stringMatching(/^Trailing commas/) }),
    ]);
  });
});
