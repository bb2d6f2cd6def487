/**
 * Context keys of a check as editable rows, typed by the global key they name (docs/policy-semantics.md §1):
 * rows ⇄ RequestContext, with a located message for each bad row.
 */
import { GLOBAL_CONDITION_KEYS, readBool, readDate, readIp, readNumber, type ConditionKeyType, type ContextValue, type RequestContext } from '@/iam';

export interface ContextRow {
  id: number;
  key: string;
  value: string;
}

export type RowProblem = 'keyRequired' | 'keyDuplicate' | 'valueRequired' | 'number' | 'date' | 'bool' | 'ip';

/** The type of a key: known global keys (prefix keys included), else string. */
export function keyType(key: string): ConditionKeyType {
  const k = key.trim().toLowerCase();
  const spec = GLOBAL_CONDITION_KEYS.find((s) => (s.prefix ? k.startsWith(s.key.toLowerCase()) && k.length > s.key.length : k === s.key.toLowerCase()));
  return spec?.type ?? 'string';
}

export function rowProblem(row: ContextRow, all: readonly ContextRow[]): RowProblem | null {
  const key = row.key.trim();
  if (!key) return 'keyRequired';
  if (all.some((r) => r.id !== row.id && r.key.trim().toLowerCase() === key.toLowerCase() && r.id < row.id)) return 'keyDuplicate';
  const v = row.value.trim();
  if (!v) return 'valueRequired';
  switch (keyType(key)) {
    case 'number':
      return readNumber(v) === null ? 'number' : null;
    case 'date':
      return readDate(v) === null ? 'date' : null;
    case 'bool':
      return readBool(v) === null ? 'bool' : null;
    case 'ip':
      return readIp(v) === null ? 'ip' : null;
    default:
      return null;
  }
}

function toValue(key: string, raw: string): ContextValue {
  const v = raw.trim();
  switch (keyType(key)) {
    case 'number':
      return readNumber(v) ?? v;
    case 'bool':
      return readBool(v) ?? v;
    case 'list':
      return v.split(',').map((s) => s.trim()).filter(Boolean);
    default:
      return v;
  }
}

export function rowsToContext(rows: readonly ContextRow[]): RequestContext {
  const out: RequestContext = {};
  for (const r of rows) if (r.key.trim()) out[r.key.trim()] = toValue(r.key, r.value);
  return out;
}

export function contextToRows(context: RequestContext): ContextRow[] {
  return Object.entries(context).map(([key, value], id) => ({
    id,
    key,
    value: Array.isArray(value) ? value.join(', ') : value === null || value === undefined ? '' : String(value),
  }));
}
