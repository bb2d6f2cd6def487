// @vitest-environment node
/**
 * Round trip (issue 6): JSON → visual → JSON grants exactly the same, checked with the engine
 * over the catalog, the documents' own actions, probe contexts and resources.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIONS, CONDITION_OPERATOR_NAMES, GLOBAL_CONDITION_KEYS, SERVICES, SYSTEM_POLICIES, type PolicyDocument } from '@/iam';
import { grantDifferences } from './compare-grants';
import { documentToVisual, visualToDocument } from './from-document';
import { POLICY_TEMPLATES } from './templates';

function roundTrip(doc: PolicyDocument): PolicyDocument {
  return visualToDocument(documentToVisual(doc).visual);
}

function expectSameGrants(doc: PolicyDocument): void {
  const back = roundTrip(doc);
  expect(grantDifferences(doc, back), JSON.stringify({ doc, back })).toEqual([]);
}

// ---------- Public case files (src/iam/corpus) ----------
interface CaseFile {
  snapshots?: Record<string, { policies?: Array<{ id: string; document: PolicyDocument }> }>;
  cases?: Array<{ name: string; kind: string; policies?: PolicyDocument[]; policyText?: string }>;
}
const caseFiles = import.meta.glob<CaseFile>('../../../iam/corpus/*.json', { eager: true, import: 'default' });

function corpusDocuments(): Array<[string, PolicyDocument]> {
  const out: Array<[string, PolicyDocument]> = [];
  for (const [file, content] of Object.entries(caseFiles)) {
    const name = file.slice(file.lastIndexOf('/') + 1);
    for (const [snap, snapshot] of Object.entries(content.snapshots ?? {})) {
      for (const p of snapshot.policies ?? []) out.push([`${name} snapshot ${snap} ${p.id}`, p.document]);
    }
    for (const c of content.cases ?? []) {
      (c.policies ?? []).forEach((doc, i) => out.push([`${name} case "${c.name}" policy ${i}`, doc]));
      if (c.policyText !== undefined) {
        try {
          out.push([`${name} case "${c.name}" policyText`, JSON.parse(c.policyText) as PolicyDocument]);
        } catch {
          // not JSON: nothing to convert
        }
      }
    }
  }
  return out;
}

/** Seed 003's examples exactly as printed (all lower-case keys: the engine reads no statement). */
const SEED_003_AS_PRINTED: PolicyDocument[] = [
  { version: '1.1', statement: [{ effect: 'allow', action: ['modelarts:image:register', 'modelarts:image:listgroup'] }] },
  {
    version: '1.1',
    statement: [
      { action: ['modelarts:*:*'], effect: 'allow' },
      { action: ['modelarts:pool:create', 'modelarts:pool:update', 'modelarts:pool:delete'], effect: 'deny' },
    ],
  },
] as unknown as PolicyDocument[];

describe('round trip JSON → visual → JSON keeps grants', () => {
  const corpus = corpusDocuments();
  it('reads the public case files', () => {
    expect(Object.keys(caseFiles).length).toBeGreaterThanOrEqual(4);
    expect(corpus.length).toBeGreaterThan(40);
  });
  it.each(corpus)('%s', (_name, doc) => expectSameGrants(doc));
  it.each(SYSTEM_POLICIES.map((p) => [p.name, p.document] as const))('system policy %s', (_name, doc) => expectSameGrants(doc));
  it.each(POLICY_TEMPLATES.map((t) => [t.id, t.document] as const))('template %s', (_name, doc) => expectSameGrants(doc));
  it.each(SEED_003_AS_PRINTED.map((d, i) => [i, d] as const))('seed 003 example %s as printed', (_i, doc) => expectSameGrants(doc));

  it('keeps messy documents: case, several services, wildcards, Sid, odd conditions, dead statements', () => {
    const doc = {
      Version: '1.0',
      Statement: [
        {
          Sid: 'mixed',
          Effect: 'allow',
          Action: ['ModelArts:Notebook:LIST', 'obs:object:Get*', '*:*:GetObject', 'foo:bar:baz', 'modelarts:notebook:list', 7],
          Resource: ['obs:*:*:object:data/*', 42],
          Condition: {
            stringequals: { 'g:username': ['alice', 5, true, null], 'G:UserName': 'bob' },
            'ForAnyValue:StringEqualsIfExists': { 'g:TagKeys': ['team'] },
            StringEqual: { 'g:UserId': ['u1'] },
          },
        },
        { Effect: 'Deny', Action: 'modelarts:*:*delete*', Condition: { NumberGreaterThan: { 'g:MFAAge': 3600 } } },
        { Effect: 'Deny', Action: ['modelarts:notebook:list'], Condition: 'oops' },
        { Effect: 'Deny', Action: ['modelarts:notebook:create'], Condition: { Bool: 'x' } },
        { Effect: 'Permit', Action: ['*:*:*'] },
        { Effect: 'Deny', Action: ['modelarts:notebook:get'], Resource: [] },
        { Effect: 'Allow', Action: [] },
        'not a statement',
        { Effect: 'Allow', Action: ['iam:*:*'], Condition: { Null: { 'g:MFAPresent': 'true' }, NotIpAddress: { 'g:SourceIp': '10.0.0.0/8' } } },
      ],
      Extra: 1,
    } as unknown as PolicyDocument;
    expectSameGrants(doc);
  });

  it('keeps a Statement given as a single object', () => {
    expectSameGrants({ Version: '1.1', Statement: { Effect: 'Allow', Action: 'modelarts:notebook:*' } } as unknown as PolicyDocument);
  });
});

// ---------- Property: generated valid policies ----------
const SERVICE_IDS = [...new Set(ACTIONS.map((a) => a.service))];
const PATTERN_POOL = (service: string) => [
  `${service}:*:*`,
  `${service}:*:get*`,
  `${service}:*:*list*`,
  `${service}:${ACTIONS.find((a) => a.service === service)?.resourceType ?? 'x'}:*`,
];
const KEYS = [...GLOBAL_CONDITION_KEYS.filter((k) => k.prefix !== true).map((k) => k.key), 'g:ResourceTag/team', 'modelarts:poolType'];
const VALUES = ['alice', 'bob', 'dev-*', '10.0.0.0/8', '2030-01-01T00:00:00Z', 'true', 'false', '5', 'team'];

const arbCase = (text: string) =>
  fc.constantFrom(text, text.toLowerCase(), text.toUpperCase(), text.charAt(0).toLowerCase() + text.slice(1));

const arbCondition = fc.dictionary(
  fc
    .record({
      base: fc.constantFrom(...CONDITION_OPERATOR_NAMES),
      ifExists: fc.boolean(),
      qualifier: fc.constantFrom('', 'ForAnyValue:', 'ForAllValues:'),
    })
    .chain(({ base, ifExists, qualifier }) =>
      arbCase(base === 'Null' ? base : `${qualifier}${base}${ifExists ? 'IfExists' : ''}`),
    ),
  fc.dictionary(
    fc.constantFrom(...KEYS).chain(arbCase),
    fc.oneof(fc.constantFrom(...VALUES), fc.array(fc.oneof(fc.constantFrom(...VALUES), fc.integer({ min: 0, max: 10 })), { maxLength: 3 })),
    { minKeys: 1, maxKeys: 2 },
  ),
  { minKeys: 1, maxKeys: 2 },
);

const arbStatement = fc
  .record({
    effect: fc.constantFrom('Allow', 'Deny', 'allow', 'DENY'),
    services: fc.uniqueArray(fc.constantFrom(...SERVICE_IDS), { minLength: 1, maxLength: 3 }),
    wild: fc.constantFrom(null, '*:*:*', '*:*:GetObject', '*:*:list', 'foo:*:*'),
    seed: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
    resource: fc.option(fc.constantFrom(['obs:*:*:bucket:*'], ['obs:*:*:object:data/*', 'obs:*:*:bucket:b1']), { nil: undefined }),
    condition: fc.option(arbCondition, { nil: undefined }),
  })
  .chain((r) =>
    fc.constantFrom(...[0, 1]).map((caseFlip) => {
      const actions: string[] = [];
      for (const service of r.services) {
        const own = ACTIONS.filter((a) => a.service === service);
        const pool = [...own.map((a) => a.action), ...PATTERN_POOL(service)];
        for (const n of r.seed) {
          const pick = pool[n % pool.length]!;
          actions.push(caseFlip === 1 && n % 3 === 0 ? pick.toUpperCase().replace(/^[^:]*/, (s) => s.toLowerCase()) : pick);
        }
      }
      if (r.wild !== null) actions.push(r.wild);
      const st: Record<string, unknown> = { Effect: r.effect, Action: actions };
      if (r.resource !== undefined) st.Resource = r.resource;
      if (r.condition !== undefined) st.Condition = r.condition;
      return st;
    }),
  );

const arbPolicy = fc.array(arbStatement, { minLength: 1, maxLength: 4 }).map((Statement) => ({ Version: '1.1', Statement }) as unknown as PolicyDocument);

describe('round trip property', () => {
  it('generated policies keep every decision', () => {
    fc.assert(
      fc.property(arbPolicy, (doc) => {
        expect(grantDifferences(doc, roundTrip(doc), 3)).toEqual([]);
      }),
      { numRuns: 100, seed: 20240611 },
    );
  });

  it('the visual form is a fixed point: a second round trip changes nothing', () => {
    fc.assert(
      fc.property(arbPolicy, (doc) => {
        const once = roundTrip(doc);
        expect(roundTrip(once)).toEqual(once);
        expect(documentToVisual(once).notes.filter((n) => !['wildcard_service', 'condition_key_spelling', 'operator_spelling'].includes(n.code))).toEqual([]);
      }),
      { numRuns: 100, seed: 7 },
    );
  });

  it('covers every catalog service in the generator', () => {
    expect(SERVICE_IDS.every((s) => SERVICES.some((x) => x.id === s))).toBe(true);
  });
});
