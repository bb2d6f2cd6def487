/**
 * Tests one compiled condition against a request value (docs/policy-semantics.md §1): IfExists, Null,
 * ForAnyValue / ForAllValues, absent keys, lists without a qualifier, unreadable values.
 */
import type { ContextValue } from '../model';
import type { CompiledCondition } from './compile-condition';
import type { PreparedValue } from './value-tests';

export const CONDITION_VERDICTS = ['holds', 'failed', 'missing'] as const;
export type ConditionVerdict = (typeof CONDITION_VERDICTS)[number];

/** Tests one request value already read as the operator's type against the policy values. */
function testRead(c: CompiledCondition, prepared: readonly unknown[], r: PreparedValue): boolean {
  let positive = false;
  for (const p of prepared) {
    if (c.test(r, p as never)) {
      positive = true;
      break;
    }
  }
  return c.op !== null && c.op.negated ? !positive : positive;
}

function testSingle(c: CompiledCondition, prepared: readonly unknown[], value: unknown): boolean {
  const r = c.read(value);
  return r !== null && testRead(c, prepared, r);
}

/**
 * ForAnyValue / ForAllValues over a request list. Any unreadable element makes the condition
 * false (docs/policy-semantics.md §1: an unreadable request value makes the condition false), so ForAnyValue
 * reads every element even after one matched.
 */
function testList(c: CompiledCondition, prepared: readonly unknown[], raw: readonly unknown[], any: boolean): boolean {
  let matched = false;
  for (const value of raw) {
    const r = c.read(value);
    if (r === null) return false;
    const ok = testRead(c, prepared, r);
    if (!any && !ok) return false;
    if (ok) matched = true;
  }
  return any ? matched : true;
}

/** `raw` undefined or null = the key is absent. */
export function testCondition(c: CompiledCondition, raw: ContextValue | undefined): ConditionVerdict {
  const op = c.op;
  if (op === null) return 'failed';
  const absent = raw === undefined || raw === null;
  if (op.type === 'null') {
    if (c.prepared === null) return 'failed';
    for (const p of c.prepared) if ((p === true && absent) || (p === false && !absent)) return 'holds';
    return absent ? 'missing' : 'failed';
  }
  if (absent) {
    if (op.ifExists || op.qualifier === 'ForAllValues') return 'holds';
    if (op.qualifier === 'ForAnyValue') return 'missing';
    return op.negated ? 'holds' : 'missing';
  }
  const prepared = c.prepared;
  if (prepared === null) return 'failed';
  if (Array.isArray(raw)) {
    if (op.qualifier === null) return 'failed';
    return testList(c, prepared, raw, op.qualifier === 'ForAnyValue') ? 'holds' : 'failed';
  }
  return testSingle(c, prepared, raw) ? 'holds' : 'failed';
}

/** A plain-language note on why a condition did not hold (explanations only). */
export function describeConditionFailure(c: CompiledCondition, raw: ContextValue | undefined): string {
  const op = c.op;
  if (op === null) return `"${c.operator}" is not a condition operator, so the condition never holds`;
  const absent = raw === undefined || raw === null;
  if (absent) return `the request has no value for ${c.key}`;
  if (c.prepared === null) return `a policy value cannot be read as a ${op.type === 'null' ? 'bool' : op.type}`;
  if (op.type === 'null') return `${c.key} is present`;
  if (Array.isArray(raw)) {
    if (op.qualifier === null) return 'the request value is a list, and a list needs ForAnyValue or ForAllValues';
    if (raw.length === 0) return 'the request list is empty';
    if (raw.some((v) => c.read(v) === null)) return `a request value cannot be read as a ${op.type}`;
    return op.qualifier === 'ForAnyValue' ? 'no request value matches' : 'not every request value matches';
  }
  if (c.read(raw) === null) return `the request value cannot be read as a ${op.type}`;
  return op.negated ? 'the request value matches a listed value' : 'the request value matches no listed value';
}
