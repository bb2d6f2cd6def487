/**
 * Checks of a statement's Condition (docs/policy-semantics.md §1): `{ Operator: { key: value | [values] } }`,
 * known operators with IfExists / ForAnyValue / ForAllValues, values readable as the operator's
 * type, Null values, known keys, and multi-valued keys that need a qualifier.
 */
import { CONDITION_KEY_NAMES, findConditionKey } from '../catalog';
import {
  CONDITION_OPERATOR_NAMES,
  CONDITION_QUALIFIERS,
  type ParsedOperator,
  parseConditionOperator,
  readBool,
  readDate,
  readIp,
  readNumber,
} from '../conditions/operators';
import { closestMatch } from './closest-match';
import { LIMITS } from './codes';
import { describeType, didYouMean, isPlainObject, type IssueSink, type PathSegment, quote, shorten, typeOf } from './issue';

/** Operator names of other policy languages and their Version 1.1 counterparts. */
const SYNONYMS: Readonly<Record<string, string>> = {
  stringlike: 'StringMatch',
  stringnotlike: 'StringNotMatch',
  stringstartswith: 'StringStartWith',
  stringendswith: 'StringEndWith',
  numericequals: 'NumberEquals',
  numericnotequals: 'NumberNotEquals',
  numericlessthan: 'NumberLessThan',
  numericlessthanequals: 'NumberLessThanEquals',
  numericgreaterthan: 'NumberGreaterThan',
  numericgreaterthanequals: 'NumberGreaterThanEquals',
  boolean: 'Bool',
  ipaddressrange: 'IpAddress',
};

const IF_EXISTS = 'ifexists';

function suggestOperator(base: string): string | undefined {
  const lower = base.toLowerCase();
  const stripped = lower.endsWith(IF_EXISTS) ? lower.slice(0, -IF_EXISTS.length) : lower;
  const suffix = stripped === lower ? '' : 'IfExists';
  const near = SYNONYMS[stripped] ?? closestMatch(stripped, CONDITION_OPERATOR_NAMES, 3);
  return near === undefined ? undefined : `${near}${suffix}`;
}

/** Explains why an operator name does not parse and reports it. */
function reportBadOperator(sink: IssueSink, name: string, segments: PathSegment[]): void {
  const colon = name.indexOf(':');
  const prefix = colon >= 0 ? name.slice(0, colon) : null;
  const rest = colon >= 0 ? name.slice(colon + 1) : name;
  const restLower = rest.toLowerCase();
  const qualifierOk = prefix === null || CONDITION_QUALIFIERS.some((q) => q.toLowerCase() === prefix.toLowerCase());
  if (!qualifierOk) {
    const near = closestMatch(prefix ?? '', CONDITION_QUALIFIERS, 4);
    const fixed = didYouMean(near === undefined ? undefined : `${near}:${rest}`);
    sink.report(
      'condition-qualifier-invalid',
      segments,
      `Unknown qualifier ${quote(prefix)} in ${quote(name)}: only ForAnyValue and ForAllValues may prefix an operator.${fixed.text}`,
      { qualifier: quote(prefix), operator: quote(name), ...fixed.params },
      { anchor: 'key', ...fixed.extra },
    );
    return;
  }
  if (restLower === 'null' || restLower === `null${IF_EXISTS}`) {
    sink.report(
      'condition-null-modifier',
      segments,
      `${quote(name)} is not an operator: Null takes neither IfExists nor ForAnyValue / ForAllValues; write "Null".`,
      { operator: quote(name) },
      { anchor: 'key', suggestion: 'Null' },
    );
    return;
  }
  const near = suggestOperator(rest);
  const fixed = didYouMean(near === undefined ? undefined : prefix === null ? near : `${prefix}:${near}`);
  sink.report('condition-operator-unknown', segments, `Unknown condition operator ${quote(name)}.${fixed.text}`, { operator: quote(name), ...fixed.params }, {
    anchor: 'key',
    ...fixed.extra,
  });
}

const TYPE_NAMES = { number: 'a number', date: 'an ISO 8601 date such as "2026-01-31T23:59:59Z"', bool: '"true" or "false"', ip: 'an IPv4 or IPv6 address or CIDR block' } as const;

function readable(op: ParsedOperator, value: string | number | boolean): boolean {
  switch (op.type) {
    case 'number':
      return readNumber(value) !== null;
    case 'date':
      return readDate(value) !== null;
    case 'bool':
    case 'null':
      return readBool(value) !== null;
    case 'ip':
      return readIp(value) !== null;
    default:
      return true;
  }
}

function checkValues(sink: IssueSink, op: ParsedOperator | null, opName: string, key: string, value: unknown, segments: PathSegment[]): void {
  const items: Array<{ v: unknown; at: PathSegment[] }> = Array.isArray(value)
    ? value.map((v: unknown, i) => ({ v, at: [...segments, i] }))
    : [{ v: value, at: segments }];
  if (Array.isArray(value) && value.length === 0) {
    sink.report('condition-value-empty', segments, `Condition ${opName} on ${quote(key)} has no values, so it can never hold: give at least one value.`, {
      operator: shorten(opName),
      key: quote(key),
    });
    return;
  }
  for (const { v, at } of items) {
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') {
      sink.report('condition-value-invalid-type', at, `A condition value must be a string, number or boolean; ${quote(key)} has ${describeType(v)}.`, {
        key: quote(key),
        type: typeOf(v),
      });
      continue;
    }
    if (op === null || readable(op, v)) continue;
    if (op.type === 'null') {
      sink.report('condition-null-value', at, `Null takes "true" (the key is absent) or "false" (the key is present), not ${quote(v)}.`, { value: quote(v) });
    } else if (op.type !== 'string') {
      sink.report('condition-value-malformed', at, `${opName} needs ${TYPE_NAMES[op.type]}; ${quote(v)} is not one, so the condition can never hold.`, {
        operator: shorten(opName),
        value: quote(v),
        variant: op.type,
      });
    }
  }
}

function checkKey(sink: IssueSink, op: ParsedOperator | null, opName: string, key: string, segments: PathSegment[]): void {
  const spec = findConditionKey(key);
  if (spec === undefined) {
    const near = didYouMean(closestMatch(key, CONDITION_KEY_NAMES, 3));
    sink.report(
      'condition-key-unknown',
      segments,
      `Unknown condition key ${quote(key)}: the condition holds only if requests carry it.${near.text}`,
      { key: quote(key), ...near.params },
      { anchor: 'key', ...near.extra },
    );
    return;
  }
  if (op === null) return;
  if (op.type !== 'string' && op.type !== 'null' && spec.type !== op.type && spec.type !== 'list') {
    sink.report(
      'condition-key-type-mismatch',
      segments,
      `${opName} compares ${op.type} values, but ${quote(key)} is a ${spec.type} key.`,
      { operator: shorten(opName), operatorType: op.type, key: quote(key), keyType: spec.type },
      { anchor: 'key' },
    );
  }
  if (spec.multiValued && op.qualifier === null && op.base !== 'Null') {
    sink.report(
      'condition-key-needs-qualifier',
      segments,
      `${quote(key)} can hold several values: without ForAnyValue: or ForAllValues: a multi-valued request makes the condition false. Write "ForAnyValue:${opName}" or "ForAllValues:${opName}".`,
      { key: quote(key), operator: shorten(opName) },
      { anchor: 'key', suggestion: `ForAnyValue:${opName}` },
    );
  }
}

export function checkConditions(sink: IssueSink, value: unknown, path: readonly PathSegment[]): void {
  if (!isPlainObject(value)) {
    sink.report('condition-not-object', path, `Condition must be an object of the form { "Operator": { "key": ["value"] } }, not ${describeType(value)}.`, {
      type: typeOf(value),
    });
    return;
  }
  const operators = Object.keys(value);
  if (operators.length === 0) {
    sink.report('condition-empty', path, 'Condition is empty: remove it or add an operator.', {});
    return;
  }
  let count = 0;
  for (const opName of operators) {
    const opPath = [...path, opName];
    const op = parseConditionOperator(opName);
    if (op === null) reportBadOperator(sink, opName, opPath);
    const block = value[opName];
    if (!isPlainObject(block)) {
      sink.report('condition-block-not-object', opPath, `The value of ${quote(opName)} must be an object of condition keys and values, not ${describeType(block)}.`, {
        operator: quote(opName),
        type: typeOf(block),
      });
      continue;
    }
    const keys = Object.keys(block);
    if (keys.length === 0) {
      sink.report('condition-empty', opPath, `${quote(opName)} names no condition key: remove it or add a key.`, { operator: quote(opName), variant: 'operator' });
    }
    for (const key of keys) {
      count++;
      const keyPath = [...opPath, key];
      checkKey(sink, op, opName, key, keyPath);
      checkValues(sink, op, opName, key, block[key], keyPath);
    }
  }
  if (count > LIMITS.conditionsPerStatement) {
    sink.report('condition-count-high', path, `This statement has ${count} conditions; some IAM versions accept at most ${LIMITS.conditionsPerStatement}.`, {
      conditions: count,
      max: LIMITS.conditionsPerStatement,
    });
  }
}
