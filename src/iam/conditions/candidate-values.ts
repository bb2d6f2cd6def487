/**
 * Candidate request values for a condition key the request lacks: the values the conditions on
 * that key can tell apart (docs/policy-semantics.md, "Conditional"). Built from the policies'
 * own values — each value, its neighbours (one more, one less, a character added before or
 * after, another letter case), the first and last address of a CIDR block and one outside it, a
 * value that cannot be read as the operator's type — and lists of them for the qualified
 * operators. Absence itself is not a candidate here: the caller keeps the key absent as one
 * choice.
 */
import type { ContextValue } from '../model';
import type { CompiledCondition } from './compile-condition';
import { readDate } from './read-date';
import { readIp, type IpRange } from './read-ip';
import { readNumber } from './read-number';

type Scalar = string | number | boolean;

/** A string no policy value is likely to name; also unreadable as a number, date, IP or bool. */
const FRESH = '#unlisted';
/** Upper bound of scalar candidates per key (the search stays bounded). */
const SCALAR_LIMIT = 32;
/** Two-element lists are built from the first candidates only. */
const PAIR_LIMIT = 8;

function stringCandidates(value: string, base: string): string[] {
  const out = [value, `${value}~`, `~${value}`, value.toUpperCase(), value.toLowerCase()];
  if (base === 'StringMatch' || base === 'StringNotMatch') {
    out.push(value.replace(/\*/g, '').replace(/\?/g, 'a'), value.replace(/\*/g, 'zz').replace(/\?/g, 'b'));
  }
  return out;
}

function numberCandidates(value: unknown): Scalar[] {
  const n = readNumber(value);
  return n === null ? [] : [n, n - 1, n + 1, n - 0.5, n + 0.5];
}

function dateCandidates(value: unknown): Scalar[] {
  const ms = readDate(value);
  if (ms === null) return [];
  return [ms - 1, ms, ms + 1].filter((t) => Number.isFinite(t) && Math.abs(t) < 8.64e15).map((t) => new Date(t).toISOString());
}

function formatIp(family: 4 | 6, address: bigint): string {
  if (family === 4) return [24n, 16n, 8n, 0n].map((s) => String((address >> s) & 0xffn)).join('.');
  const parts: string[] = [];
  for (let s = 112n; s >= 0n; s -= 16n) parts.push(((address >> s) & 0xffffn).toString(16));
  return parts.join(':');
}

function ipCandidates(value: unknown): Scalar[] {
  const range: IpRange | null = readIp(value);
  if (range === null) return [];
  const bits = BigInt(range.family === 4 ? 32 : 128);
  const max = (1n << bits) - 1n;
  const size = 1n << (bits - BigInt(range.prefix));
  const first = range.address;
  const last = first + size - 1n;
  const out = [first, last];
  if (first > 0n) out.push(first - 1n);
  if (last < max) out.push(last + 1n);
  return out.map((a) => formatIp(range.family, a));
}

function scalarCandidates(c: CompiledCondition): Scalar[] {
  const op = c.op;
  if (op === null) return [];
  const out: Scalar[] = [FRESH, ''];
  for (const raw of c.values) {
    if (typeof raw !== 'string' && typeof raw !== 'number' && typeof raw !== 'boolean') continue;
    if (op.type === 'string') out.push(...stringCandidates(String(raw), op.base));
    else if (op.type === 'number') out.push(...numberCandidates(raw));
    else if (op.type === 'date') out.push(...dateCandidates(raw));
    else if (op.type === 'ip') out.push(...ipCandidates(raw));
  }
  if (op.type === 'bool' || op.type === 'null') out.push(true, false);
  return out;
}

function dedupe<T>(values: readonly T[]): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const v of values) {
    const key = JSON.stringify(v);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(v);
  }
  return out;
}

/**
 * The present values to try for one key, given every condition that reads it. A list value is
 * tried when an operator has a ForAnyValue / ForAllValues qualifier (empty, one element, two) and
 * once otherwise (an unqualified operator never holds for a list).
 */
export function candidateValues(conditions: readonly CompiledCondition[]): ContextValue[] {
  const scalars = dedupe(conditions.flatMap(scalarCandidates)).slice(0, SCALAR_LIMIT);
  const out: ContextValue[] = [...scalars];
  const qualified = conditions.some((c) => c.op !== null && c.op.qualifier !== null);
  if (qualified) {
    out.push([]);
    for (const a of scalars) out.push([a]);
    const paired = scalars.slice(0, PAIR_LIMIT);
    for (let i = 0; i < paired.length; i++) for (let j = i + 1; j < paired.length; j++) out.push([paired[i]!, paired[j]!]);
  } else {
    out.push([FRESH]);
  }
  return out;
}
