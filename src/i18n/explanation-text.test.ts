/**
 * Explanation texts: every explanation code (and every wording of it) has a Chinese template
 * whose values the engine provides, and the English templates rebuild the engine's sentence from
 * its params byte for byte (which proves the params carry every value the sentence shows). The
 * results come from the access corpus and from a few organisations crafted so every code occurs.
 */
import { describe, expect, it } from 'vitest';
import { type AccessRequest, type AccessResult, EXPLANATION_CODES, EXPLANATION_LIST_SEPARATOR, evaluateAccess, type ExplanationPart, type Snapshot } from '@/iam';
import { BASE_SNAPSHOT, withSnapshot } from '@/iam/access/test-snapshot';
import { explanationTexts } from './explanation-text';
import { findingKey } from './finding-text';
import { i18n } from './index';

interface CorpusCase {
  kind?: string;
  snapshot?: string | Snapshot;
  with?: Partial<Snapshot>;
  request?: AccessRequest;
}
const corpus = import.meta.glob<{ snapshots?: Record<string, Snapshot>; cases?: CorpusCase[] }>('../iam/corpus/*.json', { eager: true, import: 'default' });

const P = 'p-cn-north-4';
const allow = (id: string, name: string, actions: string[], extra: Record<string, unknown> = {}) => ({
  id,
  name,
  type: 'custom',
  document: { Version: '1.1', Statement: [{ Effect: 'Allow', Action: actions, ...extra }] },
});
const deny = (id: string, name: string, actions: string[]) => ({ id, name, type: 'custom', document: { Version: '1.1', Statement: [{ Effect: 'Deny', Action: actions }] } });
const attach = (group: string, policyId: string, scope: unknown = { type: 'global' }) => ({ principal: { type: 'group', id: group }, policyId, scope });

/** Two policies for the same action (lists of names), a condition on keys no request carries. */
const CRAFTED = withSnapshot({
  policies: [
    ...BASE_SNAPSHOT.policies,
    allow('pol-obs-get', 'OBS get', ['obs:object:GetObject']),
    deny('pol-deny-exeml-2', 'No ExeML deletion', ['modelarts:exemlProject:delete']),
    allow('pol-cond', 'From the office', ['modelarts:notebook:list'], { Condition: { IpAddress: { 'g:SourceIp': ['10.0.0.0/8'] }, Bool: { 'g:MFAPresent': ['true'] } } }),
    // A refusal that values for g:SourceIp would turn into an allow (conditional-allow).
    allow('pol-cond-iam', 'Office user readers', ['iam:users:listUsers'], { Condition: { IpAddress: { 'g:SourceIp': ['10.0.0.0/8'] } } }),
  ] as Snapshot['policies'],
  attachments: [
    ...BASE_SNAPSHOT.attachments,
    attach('g-dev', 'pol-obs-get'),
    attach('g-admin', 'pol-obs-get'),
    attach('g-dev', 'pol-deny-exeml-2', { type: 'all' }),
    attach('g-research', 'pol-cond', { type: 'all' }),
    attach('g-data', 'pol-cond-iam', { type: 'all' }),
  ] as Snapshot['attachments'],
});

function corpusResults(): AccessResult[] {
  const out: AccessResult[] = [];
  for (const file of Object.values(corpus)) {
    for (const c of file.cases ?? []) {
      if (c.kind !== 'access' || c.request === undefined) continue;
      const base = typeof c.snapshot === 'object' ? c.snapshot : file.snapshots?.[c.snapshot ?? ''];
      if (base !== undefined) out.push(evaluateAccess(c.with === undefined ? base : { ...base, ...c.with }, c.request));
    }
  }
  return out;
}

const USERS = BASE_SNAPSHOT.users.map((u) => u.name);
const ACTIONS = ['modelarts:notebook:list', 'modelarts:notebook:create', 'modelarts:exemlProject:delete', 'modelarts:trainJob:create', 'obs:object:GetObject', 'iam:users:listUsers'];
const WORKSPACES = [undefined, '0', 'ws-research', 'ws-alice', 'ws-gone'];

function sweepResults(): AccessResult[] {
  const out: AccessResult[] = [evaluateAccess(BASE_SNAPSHOT, { user: 'nobody', action: 'modelarts:notebook:list' })];
  for (const snapshot of [BASE_SNAPSHOT, CRAFTED, withSnapshot({ authMode: 'loose' })])
    for (const user of USERS)
      for (const action of ACTIONS)
        for (const workspaceId of WORKSPACES) for (const projectId of [P, 'p-cn-east-3']) out.push(evaluateAccess(snapshot, { user, action, projectId, workspaceId }));
  return out;
}

const results = [...corpusResults(), ...sweepResults()];
const items = results.flatMap((r) => r.explanation.map((sentence, i) => ({ sentence, part: r.explanationParts![i]! })));
const templateKey = (part: ExplanationPart) => {
  const { key, context } = findingKey({ ...part, message: '' });
  return `${key.replace(/^codes\./, '')}${context === undefined ? '' : `_${context}`}`;
};
const resources = (lng: string) => i18n.getResourceBundle(lng, 'explanations') as { codes: Record<string, string> };
const placeholders = (template: string) => [...template.matchAll(/\{\{\s*([^,}\s]+)[^}]*\}\}/g)].map((m) => m[1] ?? '');
const zhT = i18n.getFixedT('zh', 'explanations');
const enT = i18n.getFixedT('en', 'explanations');

describe('explanation texts', () => {
  it('has a Chinese and an English template for every explanation code, and none for unknown codes', () => {
    for (const lng of ['zh', 'en']) {
      const codes = resources(lng).codes;
      for (const code of EXPLANATION_CODES) expect(codes[code], `${lng} ${code}`).toBeTypeOf('string');
      const known = new Set<string>(EXPLANATION_CODES);
      expect(Object.keys(codes).filter((k) => !known.has(k.replace(/_[A-Za-z]+$/, '')))).toEqual([]);
    }
  });

  it('gives every result one part per sentence, and meets every code, wording and list length', () => {
    for (const r of results) expect(r.explanationParts?.length, r.explanation.join(' ')).toBe(r.explanation.length);
    const seen = new Set(items.map(({ part }) => templateKey(part)));
    expect(Object.keys(resources('zh').codes).filter((k) => !seen.has(k))).toEqual([]);
    // Lists of one and of several names, for policies and for condition keys.
    const lengths = (name: string) => new Set(items.map(({ part }) => part.params[name]).filter((v) => v !== undefined).map((v) => String(v).split(EXPLANATION_LIST_SEPARATOR).length));
    expect([...lengths('policies')]).toEqual(expect.arrayContaining([1, 2]));
    expect([...lengths('keys')]).toEqual(expect.arrayContaining([2]));
  });

  it('finds a template for every sentence, using only values the engine provides', () => {
    for (const { sentence, part } of items) {
      for (const lng of ['zh', 'en']) {
        const template = resources(lng).codes[templateKey(part)];
        expect(template, `${lng} ${templateKey(part)}`).toBeTypeOf('string');
        const provided = Object.keys(part.params);
        expect(placeholders(template ?? '').filter((p) => !provided.includes(p)), `${lng}: ${sentence}`).toEqual([]);
      }
    }
  });

  it('rebuilds the English sentences byte for byte from the parts (so the params hold every value)', () => {
    // A language other than "en" makes explanationTexts use the templates; enT makes them English.
    for (const r of results) expect(explanationTexts(r, enT, 'en-templates')).toEqual(r.explanation);
  });

  it('words every sentence in Chinese, with no unresolved placeholder or list separator', () => {
    for (const r of results) {
      explanationTexts(r, zhT, 'zh').forEach((text, i) => {
        const english = r.explanation[i];
        expect(text, english).not.toContain('{{');
        expect(text, english).not.toContain(EXPLANATION_LIST_SEPARATOR);
        expect(text, english).not.toBe(english);
        expect(text, english).toMatch(/[\u4e00-\u9fff]/);
      });
    }
  });

  it('keeps names quoted, joins lists with 、 and translates the workspace authorization type', () => {
    const twoPolicies = evaluateAccess(CRAFTED, { user: 'alice', action: 'obs:object:GetObject' });
    expect(twoPolicies.explanation).toEqual(['The policy "OBS minimum for ModelArts" and "OBS get", attached to a group of "alice", allows obs:object:GetObject.']);
    expect(explanationTexts(twoPolicies, zhT, 'zh')).toEqual(['授予 "alice" 所属用户组的策略 "OBS minimum for ModelArts"、"OBS get" 允许 obs:object:GetObject。']);
    const internal = evaluateAccess(BASE_SNAPSHOT, { user: 'dave', action: 'modelarts:notebook:create', projectId: P, workspaceId: 'ws-research' });
    expect(explanationTexts(internal, zhT, 'zh')).toContain('工作空间 "research-lab"（授权类型：内部）允许该用户使用。');
  });

  it('shows the engine sentences in English, and whenever a result lacks or mismatches the parts', () => {
    const r = evaluateAccess(BASE_SNAPSHOT, { user: 'erin', action: 'modelarts:notebook:create', projectId: P, workspaceId: '0' });
    expect(explanationTexts(r, zhT, 'en')).toEqual(r.explanation);
    const { explanationParts, ...fromOldServer } = r;
    expect(explanationTexts(fromOldServer, zhT, 'zh')).toEqual(r.explanation);
    expect(explanationTexts({ ...r, explanationParts: explanationParts!.slice(1) }, zhT, 'zh')).toEqual(r.explanation);
    expect(explanationTexts({ explanation: ['Something new.'], explanationParts: [{ code: 'not-a-code', params: {} }] }, zhT, 'zh')).toEqual(['Something new.']);
  });
});
