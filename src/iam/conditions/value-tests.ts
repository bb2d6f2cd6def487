/**
 * Per-operator value readers and positive tests (docs/policy-semantics.md §1). A negated operator holds when
 * its positive test matches none of the policy values.
 */
import { matchesGlob } from '../match/glob';
import { memoizeReader } from './memoize-reader';
import type { ConditionOperatorBase, ConditionValueType } from './operators';
import { readBool } from './read-bool';
import { readDate } from './read-date';
import { isIpInRange, readIp, type IpRange } from './read-ip';
import { readNumber } from './read-number';

export type PreparedValue = string | number | boolean | IpRange;

type Reader = (value: unknown) => PreparedValue | null;
type Test = (request: PreparedValue, policy: PreparedValue) => boolean;

function readString(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  return null;
}

function readLowerString(value: unknown): string | null {
  const text = readString(value);
  return text === null ? null : text.toLowerCase();
}

export const VALUE_READERS: Record<ConditionValueType, Reader> = {
  string: readString,
  number: readNumber,
  date: memoizeReader(readDate),
  bool: readBool,
  null: readBool,
  ip: memoizeReader(readIp),
};

const s = (v: PreparedValue) => v as string;
const n = (v: PreparedValue) => v as number;

/** Positive tests; negated operators use their positive counterpart. `null` is handled apart. */
export const POSITIVE_TESTS: Record<ConditionOperatorBase, Test> = {
  StringEquals: (r, p) => r === p,
  StringNotEquals: (r, p) => r === p,
  StringEqualsIgnoreCase: (r, p) => r === p,
  StringNotEqualsIgnoreCase: (r, p) => r === p,
  StringMatch: (r, p) => matchesGlob(s(p), s(r)),
  StringNotMatch: (r, p) => matchesGlob(s(p), s(r)),
  StringStartWith: (r, p) => s(r).startsWith(s(p)),
  StringNotStartWith: (r, p) => s(r).startsWith(s(p)),
  StringEndWith: (r, p) => s(r).endsWith(s(p)),
  StringNotEndWith: (r, p) => s(r).endsWith(s(p)),
  NumberEquals: (r, p) => r === p,
  NumberNotEquals: (r, p) => r === p,
  NumberLessThan: (r, p) => n(r) < n(p),
  NumberLessThanEquals: (r, p) => n(r) <= n(p),
  NumberGreaterThan: (r, p) => n(r) > n(p),
  NumberGreaterThanEquals: (r, p) => n(r) >= n(p),
  DateLessThan: (r, p) => n(r) < n(p),
  DateLessThanEquals: (r, p) => n(r) <= n(p),
  DateGreaterThan: (r, p) => n(r) > n(p),
  DateGreaterThanEquals: (r, p) => n(r) >= n(p),
  Bool: (r, p) => r === p,
  Null: (r, p) => r === p,
  IpAddress: (r, p) => isIpInRange(r as IpRange, p as IpRange),
  NotIpAddress: (r, p) => isIpInRange(r as IpRange, p as IpRange),
};

/** The reader of one operator: IgnoreCase operators compare lower-cased strings. */
export function selectReader(base: ConditionOperatorBase, type: ConditionValueType): Reader {
  if (base === 'StringEqualsIgnoreCase' || base === 'StringNotEqualsIgnoreCase') return readLowerString;
  return VALUE_READERS[type];
}
