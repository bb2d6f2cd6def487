/**
 * Finding texts: every finding code (and every wording of it) has a Chinese template whose
 * values the engine provides, and the English templates rebuild the engine's message from its
 * params byte for byte (which proves the params carry every value the message shows). The
 * findings come from real policies: one per code and wording below, plus the conformance corpus.
 */
import { describe, expect, it } from 'vitest';
import { FINDING_CODES, SEVERITY_BY_CODE, type ValidateOptions } from '@/iam/validate';
import { type Finding, parsePolicy, validatePolicy } from '@/iam';
import { findingKey, findingText } from './finding-text';
import { i18n } from './index';

const corpus = import.meta.glob<{ cases?: Array<{ kind?: string; policyText?: string; policyKind?: 'custom' | 'system' }> }>('../iam/corpus/*.json', {
  eager: true,
  import: 'default',
});

const doc = (...statements: unknown[]) => ({ Version: '1.1', Statement: statements });
const allow = (extra: Record<string, unknown> = {}) => ({ Effect: 'Allow', Action: ['modelarts:notebook:list'], ...extra });
const cond = (condition: unknown) => doc(allow({ Condition: condition }));
const many = (n: number, f: (i: number) => unknown) => Array.from({ length: n }, (_, i) => f(i));
/** Over 6,144 characters (policy-too-long) and over 100 actions (action-count-high). */
const LONG = doc(allow({ Action: many(130, (i) => `modelarts:notebook:action-with-a-long-name-${i}`) }));

/** Policy texts (or documents) that together trigger every code and every wording. */
const TEXTS: Array<string | { doc: unknown; options?: ValidateOptions }> = [
  '',
  '{ "Version": "1.1", }',
  '{ "Version": "1.1" "Statement": [] }',
  '{ "Version" "1.1" }',
  '{ "Version": }',
  '{ 1: 2 }',
  '{ "Version": "1.1" } x',
  '{} {}',
  '{ "Version": "1.1", "Statement": [ // c\n] }',
  '{ "Version": "1.1", "Statement": [ /* c',
  '{ "Version": "1.1", "Statement": [',
  '{ "Version": "1.1", "Statement": {',
  '{ "Version": "1.',
  '{ "Version": 1.e }',
  '{ "Version": -x }',
  '{ "Version": "\\u12" }',
  '{ "Version": "\\q" }',
  '{ "Version": "a\u0001b" }',
  '{ "Version": @ }',
  `${'['.repeat(70)}${']'.repeat(70)}`,
  '{ "Version": "1.1", "Version": "1.1", "Statement": [ { "Effect": "Allow", "Action": "modelarts:notebook:list" } ] }',
  { doc: 42 },
  { doc: [] },
  { doc: null },
  { doc: { version: '1.1', Statement: [allow()], Sid: 'x' } },
  { doc: { Version: 1.1, Statement: allow() } },
  { doc: { Version: '1.0' } },
  { doc: { Version: '1.1', Statement: 'x' } },
  { doc: { Version: '1.1', Statement: [] } },
  { doc: doc(...many(9, () => allow())) },
  { doc: doc('x', allow({ effect: 'Allow', NotAction: [], NotResource: [], Principal: '*', Sid: 'a', Actions: [] })) },
  { doc: doc({ Action: ['modelarts:notebook:list'] }, { Effect: 1, Action: 'x:y:z' }, { Effect: 'Permit', Action: 'x:y:z' }, { Effect: 'allow' }) },
  { doc: doc(allow({ Action: 5 }), allow({ Action: '' }), allow({ Action: [] }), allow({ Action: [3, '', 'a:b', 'ab', 'a b:c:d', 'Modelarts:notebook:list'] })) },
  { doc: doc(allow({ Action: ['modelartz:notebook:list', 'qqqqqqq:x:y', 'modelarts:notebook:lst', 'modelarts:notebook:frobnicate', 'modelarts:zzz*:*', 'modelarts:trainjob:create'] })) },
  { doc: doc(allow({ Action: ['*:*:*', '*:*:GetObject', 'iam:*:*', 'modelarts:notebook:list', 'modelarts:notebook:list', 'modelarts:notebook:*'] })) },
  { doc: doc(allow({ Action: many(101, (i) => `modelarts:notebook:x${i}`) })) },
  { doc: doc(allow({ Action: ['obs:object:GetObject'], Resource: 'x' }), allow({ Action: ['obs:object:GetObject'], Resource: [] }), allow({ Action: ['obs:object:GetObject'], Resource: 5 })) },
  { doc: doc(allow({ Action: ['obs:object:GetObject'], Resource: [1, 'obs:*', 'ecs:*:*:instance:x', `obs:*:*:object:${'a'.repeat(130)}`, ...many(8, (i) => `obs:*:*:object:b${i}`)] })) },
  { doc: doc(allow({ Resource: ['modelarts:*:*:notebook:x'] }), allow({ Action: ['iam:users:list'], Resource: ['iam:*:*:user:x'] })) },
  { doc: doc(allow({ Action: ['ecs:cloudServers:list', 'obs:bucket:ListAllMyBuckets'] })) },
  { doc: doc({ Effect: 'Deny', Action: ['modelarts:notebook:delete'] }) },
  { doc: doc(allow({ Action: ['modelarts:notebook:list'] })), options: { name: '' } },
  { doc: doc(allow({ Action: ['modelarts:notebook:list'] })), options: { name: 'n'.repeat(129) } },
  { doc: LONG },
  { doc: cond('x') },
  { doc: cond({}) },
  { doc: cond({ StringEquals: 'x', StringMatch: {} }) },
  { doc: cond({ StringLike: { 'g:UserName': ['a'] }, Frobnicate: { 'g:UserName': ['a'] }, NullIfExists: { 'g:UserName': ['true'] } }) },
  { doc: cond({ 'ForAnyValues:StringEquals': { 'g:TagKeys': ['a'] }, 'Whatever:StringEquals': { 'g:TagKeys': ['a'] } }) },
  { doc: cond({ StringEquals: { 'g:UserName': [{}], 'g:UserId': [] } }) },
  { doc: cond({ NumberLessThan: { 'g:MFAAge': ['x'] }, DateLessThan: { 'g:CurrentTime': ['x'] }, Bool: { 'g:MFAPresent': ['x'] }, IpAddress: { 'g:SourceIp': ['x'] } }) },
  { doc: cond({ Null: { 'g:UserName': 'maybe' } }) },
  { doc: cond({ StringEquals: { 'g:UsrName': ['a'], 'zz:qqqqqqqqqq': ['a'], 'g:TagKeys': ['a'] }, IpAddress: { 'g:UserName': ['10.0.0.0/8'] } }) },
  { doc: cond({ StringEquals: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`g:ResourceTag/k${i}`, ['v']])) }) },
];

function collect(): Finding[] {
  const out: Finding[] = [];
  for (const item of TEXTS) {
    if (typeof item === 'string') out.push(...parsePolicy(item).findings);
    else out.push(...validatePolicy(item.doc, item.options), ...parsePolicy(JSON.stringify(item.doc) ?? '', item.options).findings);
  }
  out.push(...parsePolicy(42 as unknown as string).findings);
  const hostile = {
    get Version(): string {
      throw new Error('boom');
    },
  };
  out.push(...validatePolicy(hostile));
  // parsePolicy's own last resort cannot be reached from outside; it is worded like this.
  out.push({ code: 'validation-failed', severity: 'error', message: 'The policy could not be checked.', path: '', line: 1, column: 1, params: {} });
  for (const file of Object.values(corpus)) {
    for (const c of file.cases ?? []) {
      if (c.kind === 'validate') out.push(...parsePolicy(c.policyText ?? '', c.policyKind === undefined ? {} : { kind: c.policyKind }).findings);
    }
  }
  return out;
}

const findings = collect();
const resources = (lng: string) => i18n.getResourceBundle(lng, 'findings') as { codes: Record<string, string> };
const templateKey = (f: Finding) => {
  const { key, context } = findingKey(f);
  return `${key.replace(/^codes\./, '')}${context === undefined ? '' : `_${context}`}`;
};
const placeholders = (template: string) => [...template.matchAll(/\{\{\s*([^,}\s]+)[^}]*\}\}/g)].map((m) => m[1] ?? '');
const zhT = i18n.getFixedT('zh', 'findings');
const enT = i18n.getFixedT('en', 'findings');

describe('finding texts', () => {
  it('has a Chinese and an English template for every finding code', () => {
    const zh = resources('zh').codes;
    const en = resources('en').codes;
    expect(FINDING_CODES.length).toBe(Object.keys(SEVERITY_BY_CODE).length);
    for (const code of FINDING_CODES) {
      expect(zh[code], code).toBeTypeOf('string');
      expect(en[code], code).toBeTypeOf('string');
    }
    // Templates of codes that do not exist would be dead weight.
    const known = new Set<string>(FINDING_CODES);
    expect(Object.keys(zh).filter((k) => !known.has(k.replace(/_[A-Za-z]+$/, '')))).toEqual([]);
  });

  it('collects a real finding for every code and for every wording of the templates', () => {
    const seen = new Set(findings.map(templateKey));
    expect(FINDING_CODES.filter((code) => !findings.some((f) => f.code === code))).toEqual([]);
    // Fallbacks: the engine names a variant for every case today (first two); jsonc-parser in strict
    // mode never reports an unknown error, an invalid number format or an empty text without error.
    const fallbacks = ['statement-key-unsupported', 'condition-value-malformed', 'json-syntax', 'json-syntax_InvalidNumberFormat', 'json-syntax_Empty'];
    expect(Object.keys(resources('zh').codes).filter((k) => !seen.has(k) && !fallbacks.includes(k))).toEqual([]);
  });

  it('finds a template for every finding, using only values the engine provides', () => {
    for (const f of findings) {
      const key = templateKey(f);
      expect(f.params, `${f.code}: ${f.message}`).toBeDefined();
      for (const lng of ['zh', 'en']) {
        const template = resources(lng).codes[key];
        expect(template, `${lng} ${key}`).toBeTypeOf('string');
        const provided = Object.keys(f.params ?? {});
        expect(placeholders(template ?? '').filter((p) => !provided.includes(p)), `${lng} ${key}: ${f.message}`).toEqual([]);
      }
    }
  });

  it('rebuilds the English message byte for byte from the params (so the params hold every value)', () => {
    for (const f of findings) {
      // A language other than "en" makes findingText use the templates; enT makes them English.
      expect(findingText(f, enT, 'en-templates'), templateKey(f)).toBe(f.message);
    }
  });

  it('words every finding in Chinese, with no unresolved placeholder', () => {
    for (const f of findings) {
      const text = findingText(f, zhT, 'zh');
      expect(text, f.message).not.toContain('{{');
      expect(text, f.message).not.toBe(f.message);
      expect(text, f.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('keeps the quoted user values and translates the word params', () => {
    const [unknown] = validatePolicy(doc(allow({ Action: ['modelarts:notebook:lst'] })));
    expect(findingText(unknown!, zhT, 'zh')).toBe('未知的授权项 "modelarts:notebook:lst"：授权项目录中没有该授权项。是否应为 "modelarts:notebook:list"？');
    const [notArray] = validatePolicy({ Version: '1.1', Statement: allow() });
    expect(findingText(notArray!, zhT, 'zh')).toBe('Statement 必须是由语句组成的数组，而不是对象：请用 [ ] 将语句括起来。');
    const long = validatePolicy(LONG).find((f) => f.code === 'policy-too-long');
    expect(findingText(long!, zhT, 'zh')).toMatch(/^去除空白后策略长度为 \d,\d{3} 个字符；自定义策略最多 6,144 个字符/);
  });

  it('shows the English message in English, and whenever a finding lacks the values', () => {
    const [f] = validatePolicy(doc(allow({ Action: ['modelarts:notebook:lst'] })));
    expect(findingText(f!, zhT, 'en')).toBe(f!.message);
    const { params: _params, ...fromOldServer } = f!;
    expect(findingText(fromOldServer, zhT, 'zh')).toBe(f!.message);
    expect(findingText({ ...f!, params: { variant: 'suggest' } }, zhT, 'zh')).toBe(f!.message);
    expect(findingText({ code: 'not-a-code', message: 'Something new.', params: {} }, zhT, 'zh')).toBe('Something new.');
  });
});
