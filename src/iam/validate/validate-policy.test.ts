// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OBS_MODELARTS_MINIMUM } from '../catalog';
import type { Severity } from '../model';
import { parsePolicy } from '../parse';
import { FINDING_CODES, type FindingCode, SEVERITY_BY_CODE } from './codes';
import { validatePolicy } from './validate-policy';

/** Pretty-printed policy text (one key per line, so lines are meaningful). */
const text = (doc: unknown) => JSON.stringify(doc, null, 2);
const policy = (...Statement: unknown[]) => text({ Version: '1.1', Statement });
const allow = (extra: Record<string, unknown> = {}) => ({ Effect: 'Allow', Action: ['modelarts:notebook:list'], ...extra });

/** 1-based line of the first occurrence of `needle` in `source`. */
function lineOf(source: string, needle: string): number {
  const at = source.indexOf(needle);
  if (at < 0) throw new Error(`needle ${needle} not in text`);
  return source.slice(0, at).split('\n').length;
}

interface Case {
  code: FindingCode;
  severity: Severity;
  text: string;
  path: string;
  /** Text on the expected line (first occurrence), a line number, or a function of the text. */
  at: string | number | ((source: string) => number);
  options?: { kind?: 'custom' | 'system'; name?: string };
  suggestion?: string;
}

const manyActions = Array.from({ length: 101 }, (_, i) => `modelarts:notebook:op${i}`);
const longPolicyActions = Array.from({ length: 300 }, (_, i) => `modelarts:notebook:operation${i}`);
const manyKeys = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`g:ResourceTag/k${i}`, 'v']));

const CASES: Case[] = [
  { code: 'json-syntax', severity: 'error', text: '{\n  "Version": "1.1",\n  "Statement": [ , ]\n}', path: '', at: 3 },
  { code: 'json-too-deep', severity: 'error', text: `{"Version": "1.1",\n"Statement": ${'['.repeat(80)}`, path: '', at: 2 },
  { code: 'json-duplicate-key', severity: 'warning', text: '{\n"Version": "1.1",\n"Version": "1.1",\n"Statement": [{"Effect": "Allow", "Action": "modelarts:notebook:list"}]}', path: '/Version', at: 3 },
  { code: 'policy-not-object', severity: 'error', text: '[\n  1\n]', path: '', at: 1 },
  { code: 'policy-too-long', severity: 'error', text: policy(allow({ Action: longPolicyActions })), path: '', at: 1 },
  { code: 'policy-name-empty', severity: 'error', text: policy(allow()), path: '', at: 1, options: { name: '  ' } },
  { code: 'policy-name-too-long', severity: 'error', text: policy(allow()), path: '', at: 1, options: { name: 'n'.repeat(129) } },
  {
    code: 'policy-mixed-service-kinds',
    severity: 'error',
    text: policy(allow(), { Effect: 'Allow', Action: ['obs:object:GetObject'] }),
    path: '/Statement/1/Action/0',
    at: '"obs:object:GetObject"',
  },
  { code: 'policy-deny-only', severity: 'suggestion', text: policy({ Effect: 'Deny', Action: ['modelarts:notebook:delete'] }), path: '/Statement', at: '"Statement"' },
  { code: 'key-wrong-case', severity: 'error', text: text({ version: '1.1', Statement: [allow()] }), path: '/version', at: '"version"', suggestion: 'Version' },
  { code: 'top-level-key-unknown', severity: 'warning', text: text({ Version: '1.1', Id: 'x', Statement: [allow()] }), path: '/Id', at: '"Id"' },
  { code: 'version-missing', severity: 'error', text: text({ Statement: [allow()] }), path: '', at: 1 },
  { code: 'version-invalid', severity: 'error', text: text({ Statement: [allow()], Version: 1.1 }), path: '/Version', at: '"Version"' },
  { code: 'statement-missing', severity: 'error', text: text({ Version: '1.1' }), path: '', at: 1 },
  { code: 'statement-not-array', severity: 'error', text: text({ Version: '1.1', Statement: allow() }), path: '/Statement', at: '"Statement"' },
  { code: 'statement-empty', severity: 'error', text: policy(), path: '/Statement', at: '"Statement"' },
  { code: 'statement-count-high', severity: 'suggestion', text: policy(...Array.from({ length: 9 }, () => allow())), path: '/Statement', at: '"Statement"' },
  { code: 'statement-not-object', severity: 'error', text: policy(allow(), 'Allow everything'), path: '/Statement/1', at: '"Allow everything"' },
  { code: 'statement-key-unsupported', severity: 'error', text: policy(allow({ NotAction: ['obs:*:*'] })), path: '/Statement/0/NotAction', at: '"NotAction"' },
  { code: 'statement-key-unknown', severity: 'warning', text: policy(allow({ Sid: 'one' })), path: '/Statement/0/Sid', at: '"Sid"' },
  // the statement's opening brace is on the line after "Statement": [
  { code: 'effect-missing', severity: 'error', text: policy({ Action: ['modelarts:notebook:list'] }), path: '/Statement/0', at: (t) => lineOf(t, '"Statement"') + 1 },
  { code: 'effect-invalid', severity: 'error', text: policy(allow({ Effect: 'Permit' })), path: '/Statement/0/Effect', at: '"Permit"' },
  { code: 'effect-not-canonical', severity: 'suggestion', text: policy(allow({ Effect: 'ALLOW' })), path: '/Statement/0/Effect', at: '"ALLOW"', suggestion: 'Allow' },
  { code: 'action-missing', severity: 'error', text: policy({ Effect: 'Allow' }), path: '/Statement/0', at: (t) => lineOf(t, '"Statement"') + 1 },
  { code: 'action-invalid-type', severity: 'error', text: policy(allow({ Action: 42 })), path: '/Statement/0/Action', at: '"Action"' },
  { code: 'action-empty', severity: 'error', text: policy(allow({ Action: [] })), path: '/Statement/0/Action', at: '"Action"' },
  { code: 'action-format', severity: 'error', text: policy(allow({ Action: ['modelarts:notebook'] })), path: '/Statement/0/Action/0', at: '"modelarts:notebook"' },
  {
    code: 'action-service-case',
    severity: 'error',
    text: policy(allow({ Action: ['ModelArts:notebook:list'] })),
    path: '/Statement/0/Action/0',
    at: '"ModelArts:notebook:list"',
    suggestion: 'modelarts:notebook:list',
  },
  {
    code: 'action-case',
    severity: 'suggestion',
    text: policy(allow({ Action: ['modelarts:trainjob:create'] })),
    path: '/Statement/0/Action/0',
    at: '"modelarts:trainjob:create"',
    suggestion: 'modelarts:trainJob:create',
  },
  {
    code: 'action-service-unknown',
    severity: 'warning',
    text: policy(allow({ Action: ['modelart:notebook:list'] })),
    path: '/Statement/0/Action/0',
    at: '"modelart:notebook:list"',
    suggestion: 'modelarts:notebook:list',
  },
  {
    code: 'action-unknown',
    severity: 'warning',
    text: policy(allow({ Action: ['modelarts:notebook:lst'] })),
    path: '/Statement/0/Action/0',
    at: '"modelarts:notebook:lst"',
    suggestion: 'modelarts:notebook:list',
  },
  { code: 'action-pattern-no-match', severity: 'warning', text: policy(allow({ Action: ['modelarts:foo*:*'] })), path: '/Statement/0/Action/0', at: '"modelarts:foo*:*"' },
  {
    code: 'action-duplicate',
    severity: 'suggestion',
    text: policy(allow({ Action: ['modelarts:notebook:list', 'modelarts:notebook:get', 'MODELARTS:NOTEBOOK:LIST'.toLowerCase().replace('list', 'List')] })),
    path: '/Statement/0/Action/2',
    at: '"modelarts:notebook:List"',
  },
  {
    code: 'action-redundant',
    severity: 'suggestion',
    text: policy(allow({ Action: ['modelarts:notebook:list', 'modelarts:notebook:*'] })),
    path: '/Statement/0/Action/0',
    at: '"modelarts:notebook:list"',
  },
  { code: 'action-count-high', severity: 'suggestion', text: policy(allow({ Action: manyActions })), path: '/Statement/0/Action', at: '"Action"' },
  { code: 'action-allow-all', severity: 'security', text: policy(allow({ Action: ['*:*:*'] })), path: '/Statement/0/Action/0', at: '"*:*:*"' },
  { code: 'action-wildcard-service', severity: 'security', text: policy(allow({ Action: ['*:*:GetObject'] })), path: '/Statement/0/Action/0', at: '"*:*:GetObject"' },
  {
    code: 'action-iam-permission-management',
    severity: 'security',
    text: policy({ Effect: 'Allow', Action: ['iam:users:listUsers', 'iam:agencies:createAgency'] }),
    path: '/Statement/0/Action/1',
    at: '"iam:agencies:createAgency"',
  },
  {
    code: 'resource-invalid-type',
    severity: 'error',
    text: policy({ Effect: 'Allow', Action: ['obs:object:GetObject'], Resource: 7 }),
    path: '/Statement/0/Resource',
    at: '"Resource"',
  },
  {
    code: 'resource-empty',
    severity: 'warning',
    text: policy({ Effect: 'Allow', Action: ['obs:object:GetObject'], Resource: [] }),
    path: '/Statement/0/Resource',
    at: '"Resource"',
  },
  {
    code: 'resource-format',
    severity: 'error',
    text: policy({ Effect: 'Allow', Action: ['obs:object:GetObject'], Resource: ['obs:bucket'] }),
    path: '/Statement/0/Resource/0',
    at: '"obs:bucket"',
  },
  {
    code: 'resource-service-mismatch',
    severity: 'error',
    text: policy({ Effect: 'Allow', Action: ['obs:object:GetObject'], Resource: ['ecs:*:*:server:abc'] }),
    path: '/Statement/0/Resource/0',
    at: '"ecs:*:*:server:abc"',
  },
  {
    code: 'resource-not-supported',
    severity: 'warning',
    text: policy(allow({ Resource: ['modelarts:*:*:notebook:*'] })),
    path: '/Statement/0/Resource',
    at: '"Resource"',
  },
  {
    code: 'resource-too-long',
    severity: 'suggestion',
    text: policy({ Effect: 'Allow', Action: ['obs:object:GetObject'], Resource: [`obs:*:*:object:${'b'.repeat(120)}`] }),
    path: '/Statement/0/Resource/0',
    at: '"obs:*:*:object:bbb',
  },
  {
    code: 'resource-count-high',
    severity: 'suggestion',
    text: policy({ Effect: 'Allow', Action: ['obs:object:GetObject'], Resource: Array.from({ length: 11 }, (_, i) => `obs:*:*:object:b${i}/*`) }),
    path: '/Statement/0/Resource',
    at: '"Resource"',
  },
  { code: 'condition-not-object', severity: 'error', text: policy(allow({ Condition: ['x'] })), path: '/Statement/0/Condition', at: '"Condition"' },
  {
    code: 'condition-block-not-object',
    severity: 'error',
    text: policy(allow({ Condition: { StringEquals: 'g:UserName' } })),
    path: '/Statement/0/Condition/StringEquals',
    at: '"StringEquals"',
  },
  { code: 'condition-empty', severity: 'warning', text: policy(allow({ Condition: {} })), path: '/Statement/0/Condition', at: '"Condition"' },
  {
    code: 'condition-operator-unknown',
    severity: 'error',
    text: policy(allow({ Condition: { StringLike: { 'g:UserName': ['dev-*'] } } })),
    path: '/Statement/0/Condition/StringLike',
    at: '"StringLike"',
    suggestion: 'StringMatch',
  },
  {
    code: 'condition-null-modifier',
    severity: 'error',
    text: policy(allow({ Condition: { NullIfExists: { 'g:UserName': ['true'] } } })),
    path: '/Statement/0/Condition/NullIfExists',
    at: '"NullIfExists"',
  },
  {
    code: 'condition-qualifier-invalid',
    severity: 'error',
    text: policy(allow({ Condition: { 'ForAnyValues:StringEquals': { 'g:TagKeys': ['team'] } } })),
    path: '/Statement/0/Condition/ForAnyValues:StringEquals',
    at: '"ForAnyValues:StringEquals"',
    suggestion: 'ForAnyValue:StringEquals',
  },
  {
    code: 'condition-value-invalid-type',
    severity: 'error',
    text: policy(allow({ Condition: { StringEquals: { 'g:UserName': [{ name: 'alice' }] } } })),
    path: '/Statement/0/Condition/StringEquals/g:UserName/0',
    at: (t) => lineOf(t, '"name"') - 1,
  },
  {
    code: 'condition-value-empty',
    severity: 'error',
    text: policy(allow({ Condition: { StringEquals: { 'g:UserName': [] } } })),
    path: '/Statement/0/Condition/StringEquals/g:UserName',
    at: '"g:UserName"',
  },
  {
    code: 'condition-value-malformed',
    severity: 'error',
    text: policy(allow({ Condition: { DateLessThan: { 'g:CurrentTime': ['next tuesday'] } } })),
    path: '/Statement/0/Condition/DateLessThan/g:CurrentTime/0',
    at: '"next tuesday"',
  },
  {
    code: 'condition-null-value',
    severity: 'error',
    text: policy(allow({ Condition: { Null: { 'g:UserName': 'maybe' } } })),
    path: '/Statement/0/Condition/Null/g:UserName',
    at: '"maybe"',
  },
  {
    code: 'condition-key-unknown',
    severity: 'warning',
    text: policy(allow({ Condition: { StringEquals: { 'g:UsrName': ['alice'] } } })),
    path: '/Statement/0/Condition/StringEquals/g:UsrName',
    at: '"g:UsrName"',
    suggestion: 'g:UserName',
  },
  {
    code: 'condition-key-type-mismatch',
    severity: 'warning',
    text: policy(allow({ Condition: { IpAddress: { 'g:UserName': ['10.0.0.0/8'] } } })),
    path: '/Statement/0/Condition/IpAddress/g:UserName',
    at: '"g:UserName"',
  },
  {
    code: 'condition-key-needs-qualifier',
    severity: 'suggestion',
    text: policy(allow({ Condition: { StringEquals: { 'g:TagKeys': ['team'] } } })),
    path: '/Statement/0/Condition/StringEquals/g:TagKeys',
    at: '"g:TagKeys"',
    suggestion: 'ForAnyValue:StringEquals',
  },
  {
    code: 'condition-count-high',
    severity: 'suggestion',
    text: policy(allow({ Condition: { StringEquals: manyKeys } })),
    path: '/Statement/0/Condition',
    at: '"Condition"',
  },
];

describe('validation checks (one per code)', () => {
  it.each(CASES.map((c) => [c.code, c] as const))('%s', (_code, c) => {
    const { findings } = parsePolicy(c.text, c.options);
    const found = findings.find((f) => f.code === c.code);
    expect(found, JSON.stringify(findings, null, 1)).toBeDefined();
    expect(found?.severity).toBe(c.severity);
    expect(found?.severity).toBe(SEVERITY_BY_CODE[c.code]);
    expect(found?.path).toBe(c.path);
    const line = typeof c.at === 'number' ? c.at : typeof c.at === 'string' ? lineOf(c.text, c.at) : c.at(c.text);
    expect(found?.line).toBe(line);
    if (c.suggestion !== undefined) expect(found?.suggestion).toBe(c.suggestion);
  });

  it('has a case for every code except the defensive validation-failed', () => {
    const covered = new Set(CASES.map((c) => c.code));
    expect(FINDING_CODES.filter((code) => !covered.has(code))).toEqual(['validation-failed']);
  });

  it('reports validation-failed instead of throwing on a value whose properties throw', () => {
    const hostile = {
      get Version(): string {
        throw new Error('boom');
      },
      Statement: [],
    };
    const findings = validatePolicy(hostile);
    expect(findings.map((f) => f.code)).toContain('validation-failed');
  });
});

describe('values of every operator type', () => {
  const condition = (op: string, key: string, value: unknown) => policy(allow({ Condition: { [op]: { [key]: value } } }));
  const codes = (t: string) => parsePolicy(t).findings.map((f) => f.code);

  it.each([
    ['NumberLessThan', 'g:MFAAge', ['3600'], true],
    ['NumberLessThan', 'g:MFAAge', [3600], true],
    ['NumberLessThan', 'g:MFAAge', ['an hour'], false],
    ['DateGreaterThan', 'g:CurrentTime', ['2026-01-31T23:59:59Z'], true],
    ['DateGreaterThan', 'g:CurrentTime', ['2026-01-31'], true],
    ['DateGreaterThan', 'g:CurrentTime', ['2026-02-30'], false],
    ['Bool', 'g:MFAPresent', ['TRUE'], true],
    ['Bool', 'g:MFAPresent', ['yes'], false],
    ['IpAddress', 'g:SourceIp', ['10.1.2.3/8', '2001:db8::/32'], true],
    ['NotIpAddressIfExists', 'g:SourceIp', ['192.168.0.300'], false],
    ['Null', 'g:UserName', ['false'], true],
  ])('%s %s %j readable: %s', (op, key, value, ok) => {
    expect(codes(condition(op, key, value)).includes('condition-value-malformed')).toBe(!ok);
  });

  it('accepts qualifiers and IfExists in any letter case', () => {
    const t = condition('forallvalues:stringequalsifexists', 'g:TagKeys', ['team']);
    expect(parsePolicy(t).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('rejects a qualifier on Null', () => {
    expect(codes(condition('ForAnyValue:Null', 'g:UserName', 'true'))).toContain('condition-null-modifier');
  });

  it('accepts prefix keys such as g:ResourceTag/<k>', () => {
    expect(codes(condition('StringEquals', 'g:ResourceTag/team', 'ml'))).not.toContain('condition-key-unknown');
  });
});

describe('policy-level rules', () => {
  it('exempts system policies from the mixing rule and the length limit', () => {
    const doc = { Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['modelarts:notebook:list', 'obs:object:GetObject'] }] };
    expect(validatePolicy(doc).map((f) => f.code)).toContain('policy-mixed-service-kinds');
    expect(validatePolicy(doc, { kind: 'system' }).map((f) => f.code)).not.toContain('policy-mixed-service-kinds');
  });

  it('names both kinds and their services in the mixing message', () => {
    const doc = { Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['obs:object:GetObject', 'swr:repository:listTags'] }] };
    const f = validatePolicy(doc).find((x) => x.code === 'policy-mixed-service-kinds');
    expect(f?.message).toMatch(/project-level services \(swr\)/);
    expect(f?.message).toMatch(/global services \(obs\)/);
  });

  it('counts the length on the minified JSON, not on the text', () => {
    const actions = Array.from({ length: 220 }, (_, i) => `modelarts:notebook:o${String(i).padStart(3, '0')}`);
    const doc = { Version: '1.1', Statement: [{ Effect: 'Allow', Action: actions }] };
    const minified = JSON.stringify(doc).length;
    expect(minified).toBeLessThanOrEqual(6144);
    const padded = JSON.stringify(doc, null, 8);
    expect(padded.length).toBeGreaterThan(6144);
    expect(parsePolicy(padded).findings.map((f) => f.code)).not.toContain('policy-too-long');
  });

  it('does not flag Deny statements with a wildcard service as a security risk', () => {
    const doc = { Version: '1.1', Statement: [{ Effect: 'Deny', Action: ['*:*:delete*'] }] };
    expect(validatePolicy(doc).filter((f) => f.severity === 'security')).toEqual([]);
  });

  it('accepts the seed 004 OBS minimum policy (ListAllMybuckets spelling): only a suggestion of the catalog spelling', () => {
    const doc = {
      Version: '1.1',
      Statement: [
        {
          Action: [...OBS_MODELARTS_MINIMUM],
          Effect: 'Allow',
        },
      ],
    };
    expect(validatePolicy(doc).map((f) => [f.code, f.suggestion])).toEqual([['action-case', 'obs:bucket:ListAllMyBuckets']]);
  });

  it('returns findings at line 1, column 1 without text', () => {
    const findings = validatePolicy({ Version: '1.0', Statement: [] });
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.line === 1 && f.column === 1)).toBe(true);
  });
});

describe('validatePolicy: properties', () => {
  it('never throws for arbitrary values, including cycles, and returns only known codes', () => {
    const cyclic: Record<string, unknown> = { Version: '1.1' };
    cyclic.Statement = [cyclic];
    expect(() => validatePolicy(cyclic)).not.toThrow();
    const known = new Set<string>(FINDING_CODES);
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withBigInt: true, withDate: true }), (value) => {
        const findings = validatePolicy(value);
        return findings.every((f) => known.has(f.code) && f.line === 1 && f.column === 1);
      }),
      { numRuns: 500 },
    );
  });
});
