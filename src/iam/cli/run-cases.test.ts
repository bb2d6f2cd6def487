// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BASE_SNAPSHOT } from '../access/test-snapshot';
import type { CaseFile } from './case-file';
import { runCaseFile } from './run-cases';

const file: CaseFile = {
  snapshots: { base: BASE_SNAPSHOT },
  cases: [
    {
      name: 'policy',
      kind: 'policies',
      policies: [{ Version: '1.1', Statement: [{ Effect: 'Allow', Action: 'obs:*:*' }] }],
      request: { action: 'obs:object:GetObject' },
      expect: { decision: 'implicit_deny' },
    },
    { name: 'access', kind: 'access', snapshot: 'base', with: { authMode: 'loose' }, request: { user: 'carol', action: 'obs:object:GetObject' } },
    { name: 'scenario', kind: 'scenario', snapshot: 'base', request: { user: 'acme', scenario: 'global-configuration' } },
    { name: 'validate', kind: 'validate', policyText: '{\n  "Version": "1.0",\n  "Statement": []\n}' },
    { name: 'missing snapshot', kind: 'access', snapshot: 'nope', request: { user: 'acme', action: 'a:b:c' } },
    { name: 'unknown scenario', kind: 'scenario', snapshot: 'base', request: { user: 'acme', scenario: 'nope' } },
    { name: 'odd kind', kind: 'teleport' },
  ],
};

describe('runCaseFile', () => {
  const lines = runCaseFile(file).map((l) => JSON.parse(l) as Record<string, unknown>);

  it('prints one JSON line per case, in order, ignoring expect', () => {
    expect(lines.map((l) => l.name)).toEqual(file.cases!.map((c) => c.name));
    expect(lines[0]).toEqual({ name: 'policy', decision: 'allow' });
  });

  it('prints the fields of each kind', () => {
    expect(lines[1]).toEqual({ name: 'access', decision: 'implicit_deny', reason: 'no_matching_allow', blockedBy: 'identity' });
    expect(lines[2]).toEqual({ name: 'scenario', ready: true, userMissing: [], agencyMissing: [], blockers: [] });
    expect(lines[3]).toMatchObject({ name: 'validate', valid: false });
    expect((lines[3]!.findings as Array<{ severity: string; line: number }>).find((f) => f.severity === 'error')?.line).toBe(2);
  });

  it('a case that throws still prints a line, with an error', () => {
    expect(lines[4]).toMatchObject({ name: 'missing snapshot', error: expect.stringMatching(/snapshot/) });
    expect(lines[5]).toMatchObject({ name: 'unknown scenario', error: expect.stringMatching(/Unknown scenario/) });
    expect(lines[6]).toMatchObject({ name: 'odd kind', error: expect.stringMatching(/kind/) });
  });
});
