// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../model';
import { MAX_NESTING, parsePolicy } from './parse-policy';

const errors = (findings: Finding[]) => findings.filter((f) => f.severity === 'error');
const isSorted = (findings: Finding[]) => findings.every((f, i) => i === 0 || (findings[i - 1]?.line ?? 0) < f.line || ((findings[i - 1]?.line ?? 0) === f.line && (findings[i - 1]?.column ?? 0) <= f.column));
const jsonParses = (t: string) => {
  try {
    JSON.parse(t);
    return true;
  } catch {
    return false;
  }
};
const hasSyntaxError = (t: string) => parsePolicy(t).findings.some((f) => f.code === 'json-syntax' || f.code === 'json-too-deep');

const VALID = '{ "Version": "1.1", "Statement": [ { "Effect": "Allow", "Action": ["modelarts:notebook:list"] } ] }';

describe('parsePolicy: JSON syntax', () => {
  it('returns the document and no findings for a valid policy', () => {
    const r = parsePolicy(VALID);
    expect(r.findings).toEqual([]);
    expect(r.policy).toEqual(JSON.parse(VALID));
  });

  it('locates a missing comma at the next token (line and 1-based column)', () => {
    const t = '{\n  "Version": "1.1",\n  "Statement": [\n    { "Effect": "Allow" "Action": ["obs:object:GetObject"] }\n  ]\n}';
    const [f] = parsePolicy(t).findings;
    expect(f).toMatchObject({ code: 'json-syntax', severity: 'error', path: '', line: 4, column: 25 });
    expect(f?.message).toMatch(/comma/);
    expect(parsePolicy(t).policy).toBeUndefined();
  });

  it('rejects trailing commas, comments, single quotes and truncated text', () => {
    const trailing = parsePolicy('{\n "Version": "1.1",\n "Statement": [],\n}').findings[0];
    expect(trailing).toMatchObject({ code: 'json-syntax', line: 4, column: 1 });
    expect(trailing?.message).toMatch(/Trailing comma/);
    expect(parsePolicy('{ // note\n "Version": "1.1" }').findings[0]).toMatchObject({ code: 'json-syntax', line: 1, column: 3 });
    expect(parsePolicy("{ 'Version': '1.1' }").findings[0]).toMatchObject({ code: 'json-syntax' });
    expect(parsePolicy('{ "Version": "1.1", "Statement": [ { "Effect": "Al').findings[0]).toMatchObject({ code: 'json-syntax', line: 1 });
  });

  it('reports empty text at line 1, column 1', () => {
    expect(parsePolicy('').findings).toEqual([expect.objectContaining({ code: 'json-syntax', line: 1, column: 1 })]);
    expect(parsePolicy('  \n ').findings[0]).toMatchObject({ code: 'json-syntax' });
  });

  it('counts CRLF and CR line breaks as one line each', () => {
    const t = '{\r\n"Statement": [{"Effect": "Allow", "Action": "modelarts:notebook:list"}],\r"Version": "2"\r\n}';
    expect(parsePolicy(t).findings.find((f) => f.code === 'version-invalid')).toMatchObject({ line: 3, column: 12 });
  });

  it('measures columns in UTF-16 code units after non-ASCII text', () => {
    const t = '{"Version": "1.1", "Statement": [{"Effect": "允许🙂", "Action": "modelarts:notebook:list"}]}';
    const f = parsePolicy(t).findings.find((x) => x.code === 'effect-invalid');
    expect(f?.column).toBe(t.indexOf('"允许') + 1);
    expect(f?.message).toContain('允许🙂');
  });
});

describe('parsePolicy: hostile input', () => {
  it('refuses 10,000 levels of nesting without throwing', () => {
    const t = '['.repeat(10_000) + ']'.repeat(10_000);
    const r = parsePolicy(t);
    expect(r.findings).toEqual([expect.objectContaining({ code: 'json-too-deep', line: 1, column: MAX_NESTING + 1 })]);
    expect(parsePolicy(`{"a":`.repeat(10_000)).findings[0]?.code).toBe('json-too-deep');
  });

  it('ignores brackets inside strings when measuring depth', () => {
    const t = `{"Version": "1.1", "Statement": [{"Effect": "Allow", "Action": "${'['.repeat(500)}"}]}`;
    expect(parsePolicy(t).findings.map((f) => f.code)).toContain('action-format');
  });

  it('handles a 1 MB string', () => {
    const big = `{"Version": "1.1", "Statement": [{"Effect": "Allow", "Action": ["${'x'.repeat(1_000_000)}"]}]}`;
    const r = parsePolicy(big);
    expect(r.findings.some((f) => f.code === 'action-format')).toBe(true);
    expect(r.findings.every((f) => f.message.length < 400)).toBe(true);
    expect(() => parsePolicy('x'.repeat(1_000_000))).not.toThrow();
  });

  it('treats "__proto__" as an ordinary key (no prototype pollution)', () => {
    const t = '{"Version": "1.1", "__proto__": {"polluted": true}, "Statement": [{"Effect": "Allow", "Action": "modelarts:notebook:list"}]}';
    const r = parsePolicy(t);
    expect(r.findings.map((f) => f.code)).toEqual(['top-level-key-unknown']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(r.policy)).toBe(Object.prototype);
  });

  it('warns about duplicate keys and keeps the last value, as JSON.parse does', () => {
    const t = '{"Version": "1.0",\n"Version": "1.1", "Statement": [{"Effect": "Allow", "Action": "modelarts:notebook:list"}]}';
    const r = parsePolicy(t);
    expect(r.findings.map((f) => [f.code, f.line])).toEqual([['json-duplicate-key', 2]]);
    expect(r.policy?.Version).toBe('1.1');
  });

  it('never throws for non-string input from untyped callers', () => {
    expect(parsePolicy(undefined as unknown as string).findings[0]?.code).toBe('json-syntax');
    expect(parsePolicy(42 as unknown as string).findings[0]?.code).toBe('json-syntax');
  });
});

describe('parsePolicy: positions of validator findings', () => {
  it('points key findings at the key and value findings at the value', () => {
    const t = '{\n  "Version": "1.1",\n  "Statement": [ {\n    "Sid": "x",\n    "Effect": "Allow",\n    "Action":\n      ["modelarts:notebook:lst"]\n  } ]\n}';
    const byCode = Object.fromEntries(parsePolicy(t).findings.map((f) => [f.code, f]));
    expect(byCode['statement-key-unknown']).toMatchObject({ line: 4, column: 5 });
    expect(byCode['action-unknown']).toMatchObject({ line: 7, column: 8, path: '/Statement/0/Action/0' });
  });

  it('escapes "/" and "~" in JSON pointers and still finds the position', () => {
    const t = '{"Version": "1.1", "Statement": [{"Effect": "Allow", "Action": "modelarts:notebook:list",\n"Condition": {"StringEquals": {\n"g:ResourceTag/a~b": 5, "g:Nope/x": "y"}}}]}';
    const f = parsePolicy(t).findings.find((x) => x.code === 'condition-key-unknown');
    expect(f).toMatchObject({ path: '/Statement/0/Condition/StringEquals/g:Nope~1x', line: 3 });
  });

  it('returns the document when its shape is usable, even with semantic errors', () => {
    const mixed = '{"Version": "1.1", "Statement": [{"Effect": "Allow", "Action": ["modelarts:notebook:list", "obs:object:GetObject"]}]}';
    const r = parsePolicy(mixed);
    expect(errors(r.findings).map((f) => f.code)).toEqual(['policy-mixed-service-kinds']);
    expect(r.policy).toBeDefined();
    expect(parsePolicy('{"Version": "1.1"}').policy).toBeUndefined();
  });
});

describe('parsePolicy: properties', () => {
  const runs = { numRuns: 300 };
  const safe = (t: string) => {
    const r = parsePolicy(t);
    return Array.isArray(r.findings) && isSorted(r.findings);
  };

  it('never throws and sorts findings for arbitrary strings', () => {
    fc.assert(fc.property(fc.string(), safe), runs);
    fc.assert(fc.property(fc.string({ unit: 'binary' }), safe), runs);
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), safe), runs);
  });

  it('never throws and sorts findings for arbitrary JSON texts and values', () => {
    fc.assert(fc.property(fc.json(), safe), runs);
    fc.assert(fc.property(fc.jsonValue(), (v) => safe(JSON.stringify(v, null, 2) ?? 'null')), runs);
  });

  it('reports a syntax error exactly when JSON.parse fails', () => {
    const tokens = fc.constantFrom('{', '}', '[', ']', '"', ',', ':', '1', 'a', '\\', ' ', 'e', '.', '-', 'null', 'true', '\n');
    const mutated = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', '\\', '\u0001', ' ', '0', '-', '/', '*'))
      .map(([j, n, c]) => {
        const i = n % (j.length + 1);
        return j.slice(0, i) + c + j.slice(i + (n % 2));
      });
    for (const arb of [fc.string(), fc.json(), mutated, fc.string({ unit: tokens })]) {
      fc.assert(fc.property(arb, (t) => hasSyntaxError(t) === !jsonParses(t)), { numRuns: 500 });
    }
  });

  /** Policy-like documents built from plausible and broken parts. */
  const part = <T>(...values: T[]) => fc.constantFrom(...values);
  const action = fc.oneof(
    part('modelarts:notebook:list', 'obs:object:Get*', '*:*:*', 'iam:*:*', 'Modelarts:x:y', 'bad', 'modelarts:*:*delete*'),
    fc.string(),
  );
  const condition = fc.dictionary(
    fc.oneof(part('StringEquals', 'NullIfExists', 'ForAnyValue:StringEquals', 'DateLessThan', 'IpAddress', 'Bogus'), fc.string()),
    fc.oneof(fc.dictionary(part('g:UserName', 'g:TagKeys', 'g:CurrentTime', 'g:SourceIp', 'x'), fc.jsonValue()), fc.jsonValue()),
  );
  const statement = fc.oneof(
    fc.record(
      {
        Effect: fc.oneof(part('Allow', 'Deny', 'deny', 'Permit'), fc.jsonValue()),
        Action: fc.oneof(action, fc.array(action), fc.jsonValue()),
        Resource: fc.oneof(fc.array(part('obs:*:*:object:*', 'x', 'ecs:a:b:c:d')), fc.jsonValue()),
        Condition: fc.oneof(condition, fc.jsonValue()),
        Sid: fc.string(),
      },
      { requiredKeys: [] },
    ),
    fc.jsonValue(),
  );
  const policyLike = fc.record({ Version: fc.oneof(part('1.1', '1.0'), fc.jsonValue()), Statement: fc.oneof(fc.array(statement), fc.jsonValue()) }, { requiredKeys: [] });

  it('never throws, sorts findings and keeps paths inside the document for policy-like values', () => {
    fc.assert(
      fc.property(policyLike, (doc) => {
        const t = JSON.stringify(doc, null, 2);
        const r = parsePolicy(t);
        return isSorted(r.findings) && r.findings.every((f) => f.path === '' || f.path.startsWith('/')) && r.findings.every((f) => f.line >= 1 && f.column >= 1);
      }),
      { numRuns: 500 },
    );
  });
});
