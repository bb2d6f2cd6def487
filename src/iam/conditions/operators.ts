/**
 * The condition operator table (docs/policy-semantics.md §1) and the parser of operator names.
 * Names compare case-insensitively (ours); `IfExists` may suffix any operator but `Null`;
 * `ForAnyValue:` / `ForAllValues:` may prefix any operator but `Null`.
 */
export { readNumber } from './read-number';
export { readDate } from './read-date';
export { readIp, isIpInRange, type IpRange } from './read-ip';
export { readBool } from './read-bool';

export const CONDITION_VALUE_TYPES = ['string', 'number', 'date', 'bool', 'null', 'ip'] as const;
export type ConditionValueType = (typeof CONDITION_VALUE_TYPES)[number];

interface OperatorSpec {
  type: ConditionValueType;
  negated: boolean;
}

export const CONDITION_OPERATORS = {
  StringEquals: { type: 'string', negated: false },
  StringNotEquals: { type: 'string', negated: true },
  StringEqualsIgnoreCase: { type: 'string', negated: false },
  StringNotEqualsIgnoreCase: { type: 'string', negated: true },
  StringMatch: { type: 'string', negated: false },
  StringNotMatch: { type: 'string', negated: true },
  StringStartWith: { type: 'string', negated: false },
  StringNotStartWith: { type: 'string', negated: true },
  StringEndWith: { type: 'string', negated: false },
  StringNotEndWith: { type: 'string', negated: true },
  NumberEquals: { type: 'number', negated: false },
  NumberNotEquals: { type: 'number', negated: true },
  NumberLessThan: { type: 'number', negated: false },
  NumberLessThanEquals: { type: 'number', negated: false },
  NumberGreaterThan: { type: 'number', negated: false },
  NumberGreaterThanEquals: { type: 'number', negated: false },
  DateLessThan: { type: 'date', negated: false },
  DateLessThanEquals: { type: 'date', negated: false },
  DateGreaterThan: { type: 'date', negated: false },
  DateGreaterThanEquals: { type: 'date', negated: false },
  Bool: { type: 'bool', negated: false },
  Null: { type: 'null', negated: false },
  IpAddress: { type: 'ip', negated: false },
  NotIpAddress: { type: 'ip', negated: true },
} as const satisfies Record<string, OperatorSpec>;

export type ConditionOperatorBase = keyof typeof CONDITION_OPERATORS;
export const CONDITION_OPERATOR_NAMES = Object.keys(CONDITION_OPERATORS) as ConditionOperatorBase[];

export const CONDITION_QUALIFIERS = ['ForAnyValue', 'ForAllValues'] as const;
export type ConditionQualifier = (typeof CONDITION_QUALIFIERS)[number];

export interface ParsedOperator {
  /** Canonical base name, e.g. "StringEquals". */
  base: ConditionOperatorBase;
  ifExists: boolean;
  qualifier: ConditionQualifier | null;
  negated: boolean;
  type: ConditionValueType;
}

const BASE_BY_LOWER = new Map<string, ConditionOperatorBase>(
  CONDITION_OPERATOR_NAMES.map((name) => [name.toLowerCase(), name]),
);
const QUALIFIER_BY_LOWER = new Map<string, ConditionQualifier>(
  CONDITION_QUALIFIERS.map((q) => [q.toLowerCase(), q]),
);
const IF_EXISTS = 'ifexists';

/** Parses an operator name such as `ForAnyValue:StringEqualsIfExists`; null when unknown. */
export function parseConditionOperator(name: string): ParsedOperator | null {
  let rest = name.toLowerCase();
  let qualifier: ConditionQualifier | null = null;
  const colon = rest.indexOf(':');
  if (colon >= 0) {
    qualifier = QUALIFIER_BY_LOWER.get(rest.slice(0, colon)) ?? null;
    if (qualifier === null) return null;
    rest = rest.slice(colon + 1);
  }
  let base = BASE_BY_LOWER.get(rest);
  let ifExists = false;
  if (base === undefined && rest.endsWith(IF_EXISTS)) {
    base = BASE_BY_LOWER.get(rest.slice(0, -IF_EXISTS.length));
    ifExists = true;
  }
  if (base === undefined) return null;
  const spec: OperatorSpec = CONDITION_OPERATORS[base];
  if (spec.type === 'null' && (ifExists || qualifier !== null)) return null;
  return { base, ifExists, qualifier, negated: spec.negated, type: spec.type };
}

/** The canonical spelling of a parsed operator, e.g. "ForAllValues:StringEqualsIfExists". */
export function formatConditionOperator(op: ParsedOperator): string {
  return `${op.qualifier === null ? '' : `${op.qualifier}:`}${op.base}${op.ifExists ? 'IfExists' : ''}`;
}
