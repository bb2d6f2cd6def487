// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compilePolicies } from '../compile/compile-policies';
import { evaluatePolicies } from '../evaluate/evaluate-policies';
import type { ContextValue } from '../model';
import { CONDITION_OPERATOR_NAMES, parseConditionOperator, readBool, readDate, readIp, readNumber } from './operators';

describe('parseConditionOperator', () => {
  it.each([
    ['StringEquals', { base: 'StringEquals', ifExists: false, qualifier: null, negated: false, type: 'string' }],
    ['stringnotequalsifexists', { base: 'StringNotEquals', ifExists: true, qualifier: null, negated: true, type: 'string' }],
    ['ForAnyValue:StringEquals', { base: 'StringEquals', ifExists: false, qualifier: 'ForAnyValue', negated: false, type: 'string' }],
    ['forallvalues:NumberLessThanIfExists', { base: 'NumberLessThan', ifExists: true, qualifier: 'ForAllValues', negated: false, type: 'number' }],
    ['NotIpAddress', { base: 'NotIpAddress', ifExists: false, qualifier: null, negated: true, type: 'ip' }],
    ['DateGreaterThanEquals', { base: 'DateGreaterThanEquals', ifExists: false, qualifier: null, negated: false, type: 'date' }],
    ['Bool', { base: 'Bool', ifExists: false, qualifier: null, negated: false, type: 'bool' }],
    ['Null', { base: 'Null', ifExists: false, qualifier: null, negated: false, type: 'null' }],
  ])('%s', (name, parsed) => {
    expect(parseConditionOperator(name)).toEqual(parsed);
  });

  it.each(['NullIfExists', 'StringLike', 'ForSomeValue:StringEquals', 'IfExists', '', 'ForAnyValue:Null', 'StringEquals:'])(
    'rejects %j',
    (name) => {
      expect(parseConditionOperator(name)).toBeNull();
    },
  );

  it('knows the 24 operators of docs/policy-semantics.md §1', () => {
    expect(CONDITION_OPERATOR_NAMES).toHaveLength(24);
  });
});

describe('value readers', () => {
  it.each([
    [3600, 3600],
    ['3600', 3600],
    ['-1.5e2', -150],
    ['', null],
    ['12a', null],
    [true, null],
    [Number.NaN, null],
  ])('readNumber(%j) = %j', (v, want) => expect(readNumber(v)).toBe(want));

  it.each([
    ['2025-01-01T00:00:00Z', Date.UTC(2025, 0, 1)],
    ['2025-01-01T00:00:00', Date.UTC(2025, 0, 1)],
    ['2025-01-01', Date.UTC(2025, 0, 1)],
    ['2025-01-01T08:00:00+08:00', Date.UTC(2025, 0, 1)],
    ['2025-01-01T00:00:00.250Z', Date.UTC(2025, 0, 1) + 250],
    ['2024-02-29T12:00Z', Date.UTC(2024, 1, 29, 12)],
    ['2025-02-29', null],
    ['2025-13-01', null],
    ['yesterday', null],
    [1735689600000, null],
  ])('readDate(%j) = %j', (v, want) => expect(readDate(v)).toBe(want));

  it.each([
    [true, true],
    ['TRUE', true],
    ['False', false],
    ['yes', null],
    [1, null],
  ])('readBool(%j) = %j', (v, want) => expect(readBool(v)).toBe(want));

  it.each([
    ['10.1.2.3/8', { family: 4, address: 0x0a000000n, prefix: 8 }],
    ['192.168.0.1', { family: 4, address: 0xc0a80001n, prefix: 32 }],
    ['2001:db8::1/32', { family: 6, address: 0x20010db8n << 96n, prefix: 32 }],
    ['::1', { family: 6, address: 1n, prefix: 128 }],
    ['::ffff:10.0.0.1', { family: 4, address: 0x0a000001n, prefix: 32 }],
    ['256.1.1.1', null],
    ['10.0.0.0/33', null],
    ['1::2::3', null],
    ['host.example', null],
  ])('readIp(%j)', (v, want) => expect(readIp(v)).toEqual(want));
});

/** One Allow statement with one condition; does it apply to this context value? */
function holds(operator: string, policyValues: unknown, value: ContextValue | undefined, key = 'k:key'): boolean {
  const set = compilePolicies([
    { Version: '1.1', Statement: [{ Effect: 'Allow', Action: 'svc:res:op', Condition: { [operator]: { [key]: policyValues } } }] },
  ]);
  const context = value === undefined ? {} : { [key]: value };
  return evaluatePolicies(set, { action: 'svc:res:op', context }).decision === 'allow';
}

describe('condition operators', () => {
  it.each<[string, unknown, ContextValue | undefined, boolean]>([
    ['StringEquals', ['a', 'b'], 'b', true],
    ['StringEquals', ['a'], 'A', false],
    ['StringEquals', 'a', 'a', true],
    ['StringNotEquals', ['a', 'b'], 'c', true],
    ['StringNotEquals', ['a', 'b'], 'a', false],
    ['StringEqualsIgnoreCase', ['alice'], 'ALICE', true],
    ['StringNotEqualsIgnoreCase', ['alice'], 'ALICE', false],
    ['StringMatch', ['dev-??-*'], 'dev-01-alice', true],
    ['StringMatch', ['dev-??-*'], 'dev-1-alice', false],
    ['StringMatch', ['DEV-*'], 'dev-1', false],
    ['StringNotMatch', ['dev-*'], 'ops-1', true],
    ['StringStartWith', ['ops'], 'ops-admin', true],
    ['StringNotStartWith', ['ops'], 'ops-admin', false],
    ['StringEndWith', ['-admin'], 'ops-admin', true],
    ['StringNotEndWith', ['-admin'], 'alice', true],
    ['NumberEquals', ['10'], 10, true],
    ['NumberNotEquals', ['10'], '11', true],
    ['NumberLessThan', ['3600'], 1200, true],
    ['NumberLessThan', ['3600'], 3600, false],
    ['NumberLessThanEquals', ['3600'], 3600, true],
    ['NumberGreaterThan', ['5'], 6, true],
    ['NumberGreaterThanEquals', ['5'], 5, true],
    ['NumberLessThan', ['3600'], 'soon', false],
    ['NumberNotEquals', ['10'], 'soon', false],
    ['NumberLessThan', ['many'], 1, false],
    ['DateLessThan', ['2025-01-01T00:00:00Z'], '2024-12-31T23:59:59Z', true],
    ['DateLessThanEquals', ['2025-01-01T00:00:00Z'], '2025-01-01T08:00:00+08:00', true],
    ['DateGreaterThan', ['2025-01-01'], '2025-01-01T00:00:01', true],
    ['DateGreaterThanEquals', ['2025-01-01T00:00:00Z'], '2025-01-01T00:00:00Z', true],
    ['DateGreaterThan', ['2025-01-01'], 'not a date', false],
    ['Bool', ['true'], true, true],
    ['Bool', ['TRUE'], 'true', true],
    ['Bool', ['true'], 'false', false],
    ['Bool', ['true'], 'maybe', false],
    ['IpAddress', ['10.0.0.0/8'], '10.20.30.40', true],
    ['IpAddress', ['10.1.2.3/8'], '10.20.30.40', true],
    ['IpAddress', ['10.0.0.0/8'], '11.0.0.1', false],
    ['IpAddress', ['2001:db8::/32'], '2001:db8:1::5', true],
    ['IpAddress', ['10.0.0.0/8'], '2001:db8::1', false],
    ['NotIpAddress', ['10.0.0.0/8'], '11.0.0.1', true],
    ['NotIpAddress', ['10.0.0.0/8'], '10.0.0.1', false],
    ['NotIpAddress', ['10.0.0.0/8'], 'garbage', false],
    ['NotIpAddress', ['not-an-ip'], '11.0.0.1', false],
    ['Null', ['true'], undefined, true],
    ['Null', ['true'], null, true],
    ['Null', ['true'], 'x', false],
    ['Null', ['false'], 'x', true],
    ['Null', ['false'], undefined, false],
  ])('%s %j against %j → %s', (operator, values, value, want) => {
    expect(holds(operator, values, value)).toBe(want);
  });

  it.each<[string, boolean]>([
    ['StringEquals', false],
    ['StringNotEquals', true],
    ['NotIpAddress', true],
    ['StringEqualsIfExists', true],
    ['StringNotEqualsIfExists', true],
    ['ForAnyValue:StringEquals', false],
    ['ForAllValues:StringEquals', true],
    ['ForAnyValue:StringEqualsIfExists', true],
  ])('absent key: %s → %s', (operator, want) => {
    expect(holds(operator, ['x'], undefined)).toBe(want);
  });

  it.each<[string, ContextValue, boolean]>([
    ['StringEquals', ['a'], false],
    ['StringNotEquals', ['b', 'c'], false],
    ['ForAnyValue:StringEquals', ['c', 'a'], true],
    ['ForAnyValue:StringEquals', ['c'], false],
    ['ForAnyValue:StringEquals', [], false],
    ['ForAllValues:StringEquals', ['a', 'b'], true],
    ['ForAllValues:StringEquals', ['a', 'c'], false],
    ['ForAllValues:StringEquals', [], true],
    ['ForAllValues:StringNotEquals', ['c', 'd'], true],
    ['ForAnyValue:StringEquals', 'a', true],
  ])('lists: %s against %j → %s', (operator, value, want) => {
    expect(holds(operator, ['a', 'b'], value)).toBe(want);
  });

  it.each<[string, ContextValue, boolean]>([
    ['ForAnyValue:NumberLessThan', [5, 'abc'], false],
    ['ForAnyValue:NumberNotEquals', ['abc', 5], false],
    ['ForAllValues:NumberLessThan', [5, 'abc'], false],
    ['ForAnyValue:NumberLessThan', [50, 5], true],
  ])('an unreadable element makes a qualified list false: %s against %j → %s', (operator, value, want) => {
    expect(holds(operator, ['10'], value)).toBe(want);
  });

  it('matches operator names and keys case-insensitively, values case-sensitively', () => {
    expect(holds('stringequals', ['alice'], 'alice', 'G:UserName')).toBe(true);
    const set = compilePolicies([
      { Version: '1.1', Statement: [{ Effect: 'Allow', Action: 'a:b:c', Condition: { StringEquals: { 'G:USERNAME': ['alice'] } } }] },
    ]);
    expect(evaluatePolicies(set, { action: 'a:b:c', context: { 'g:UserName': 'alice' } }).decision).toBe('allow');
  });

  it('an unknown operator never holds', () => {
    expect(holds('StringLike', ['*'], 'x')).toBe(false);
    expect(holds('NullIfExists', ['true'], undefined)).toBe(false);
  });
});
