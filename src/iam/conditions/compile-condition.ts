/**
 * Compiles a statement's `Condition` block into flat entries (one per operator × key) with the
 * policy values read once, ahead of any request (docs/policy-semantics.md §1).
 */
import { parseConditionOperator, type ParsedOperator } from './operators';
import { POSITIVE_TESTS, selectReader, type PreparedValue } from './value-tests';

export interface CompiledCondition {
  /** The operator and key as the policy writes them. */
  operator: string;
  key: string;
  keyLower: string;
  /** Null when the operator is unknown: the condition never holds. */
  op: ParsedOperator | null;
  /** The policy values as written (a single value becomes a one-element list). */
  values: unknown[];
  /** The policy values read as the operator's type; null when any is unreadable. */
  prepared: PreparedValue[] | null;
  read: (value: unknown) => PreparedValue | null;
  test: (request: PreparedValue, policy: PreparedValue) => boolean;
}

const NEVER = () => false;
const READ_NOTHING = () => null;

function prepareValues(values: unknown[], read: (v: unknown) => PreparedValue | null): PreparedValue[] | null {
  const out: PreparedValue[] = [];
  for (const v of values) {
    const p = read(v);
    if (p === null) return null;
    out.push(p);
  }
  return out;
}

function compileEntry(operator: string, key: string, raw: unknown): CompiledCondition {
  const op = parseConditionOperator(operator);
  const values = Array.isArray(raw) ? [...(raw as unknown[])] : [raw];
  if (op === null) {
    return { operator, key, keyLower: key.toLowerCase(), op, values, prepared: null, read: READ_NOTHING, test: NEVER };
  }
  const read = selectReader(op.base, op.type);
  return {
    operator,
    key,
    keyLower: key.toLowerCase(),
    op,
    values,
    prepared: prepareValues(values, read),
    read,
    test: POSITIVE_TESTS[op.base],
  };
}

/** Flattens `{ Operator: { key: values } }`; a malformed block yields one never-holding entry. */
export function compileConditions(block: unknown): CompiledCondition[] {
  if (block === undefined || block === null) return [];
  if (typeof block !== 'object' || Array.isArray(block)) return [compileEntry('(invalid Condition)', '', [])];
  const out: CompiledCondition[] = [];
  for (const [operator, keys] of Object.entries(block as Record<string, unknown>)) {
    if (keys === null || typeof keys !== 'object' || Array.isArray(keys)) {
      out.push({ ...compileEntry(operator, '', []), op: null, prepared: null, test: NEVER });
      continue;
    }
    for (const [key, raw] of Object.entries(keys as Record<string, unknown>)) {
      out.push(compileEntry(operator, key, raw));
    }
  }
  return out;
}
