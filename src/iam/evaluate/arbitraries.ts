/** fast-check arbitraries for policies and requests (property tests only). */
import fc from 'fast-check';
import type { ContextValue, PolicyDocument, PolicyRequest, Statement } from '../model';

const SERVICES = ['modelarts', 'obs', 'iam', 'bss'];
const TYPES = ['notebook', 'trainJob', 'object', 'bucket'];
const OPS = ['create', 'list', 'get', 'delete', 'GetObject', 'deleteVersion'];
export const KEYS = ['g:UserName', 'g:MFAAge', 'g:SourceIp', 'g:TagKeys', 'g:CurrentTime', 'modelarts:poolType'];
const OPERATORS = [
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringMatch',
  'StringEndWithIfExists',
  'StringNotStartWith',
  'NumberLessThan',
  'NumberNotEquals',
  'DateGreaterThan',
  'Bool',
  'Null',
  'IpAddress',
  'NotIpAddress',
  'ForAnyValue:StringEquals',
  'ForAllValues:StringNotEquals',
  'StringLike',
];
const VALUES = ['alice', 'bob', 'public', '3600', '10', 'true', 'false', '10.0.0.0/8', '2025-01-01T00:00:00Z', 'a*', '?ob'];

const randomCase = (s: string) =>
  fc.boolean().map((upper) => (upper ? s.replace(/^(\w+:)(\w)/, (_m, a: string, b: string) => a + b.toUpperCase()) : s));

const part = (words: string[]) =>
  fc.oneof(
    fc.constantFrom(...words),
    fc.constant('*'),
    fc.constantFrom(...words).map((w) => `${w.slice(0, 2)}*`),
    fc.constantFrom(...words).map((w) => `*${w.slice(-3)}`),
  );

export const actionArb = fc
  .tuple(fc.constantFrom(...SERVICES), fc.constantFrom(...TYPES), fc.constantFrom(...OPS))
  .map(([s, t, o]) => `${s}:${t}:${o}`)
  .chain(randomCase);

export const patternArb = fc.oneof(
  actionArb,
  fc.tuple(part(SERVICES), part(TYPES), part(OPS)).map(([s, t, o]) => `${s}:${t}:${o}`),
  fc.constant('*:*:*'),
);

const resourceArb = fc.constantFrom('obs:*:*:object:datasets/*', 'obs:cn-north-4:d:object:models/*', '*');

export const conditionArb = fc.dictionary(
  fc.constantFrom(...OPERATORS),
  fc.dictionary(fc.constantFrom(...KEYS), fc.oneof(fc.constantFrom(...VALUES), fc.array(fc.constantFrom(...VALUES), { minLength: 1, maxLength: 3 })), {
    minKeys: 1,
    maxKeys: 2,
  }),
  { minKeys: 1, maxKeys: 2 },
);

export function statementArb(effect?: 'Allow' | 'Deny'): fc.Arbitrary<Statement> {
  return fc.record(
    {
      Effect: effect === undefined ? fc.constantFrom('Allow', 'Deny', 'deny', 'ALLOW') : fc.constant(effect),
      Action: fc.oneof(patternArb, fc.array(patternArb, { minLength: 1, maxLength: 3 })),
      Resource: fc.array(resourceArb, { minLength: 1, maxLength: 2 }),
      Condition: conditionArb,
    },
    { requiredKeys: ['Effect', 'Action'] },
  );
}

export const policyArb: fc.Arbitrary<PolicyDocument> = fc.record({
  Version: fc.constant('1.1'),
  Statement: fc.array(statementArb(), { minLength: 1, maxLength: 4 }),
});

export const policiesArb = fc.array(policyArb, { minLength: 0, maxLength: 4 });

export const contextValueArb: fc.Arbitrary<ContextValue> = fc.oneof(
  fc.constantFrom(...VALUES),
  fc.constantFrom(1200, 10, 5000),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('10.1.2.3', '192.168.1.1', '2026-03-01T00:00:00Z'),
  fc.array(fc.constantFrom(...VALUES), { maxLength: 3 }),
);

export const requestArb: fc.Arbitrary<PolicyRequest> = fc.record(
  {
    action: actionArb,
    resource: fc.constantFrom('obs:cn-north-4:d:object:datasets/a.csv', 'obs:cn-north-4:d:object:models/m.bin'),
    context: fc.dictionary(fc.constantFrom(...KEYS, 'G:USERNAME'), contextValueArb, { maxKeys: 4 }),
  },
  { requiredKeys: ['action'] },
);
