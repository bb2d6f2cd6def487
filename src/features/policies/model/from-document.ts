/**
 * JSON ⇄ visual conversion. `documentToVisual` normalises a Version 1.1 document into blocks
 * (one per statement × service) and says what it changed; `visualToDocument` writes one
 * statement per block. The pair preserves grants exactly: for every request,
 * `evaluatePolicies` decides the same on `doc` and on `visualToDocument(documentToVisual(doc).visual)`
 * (round-trip tests). Anything the engine ignores or can never match is dropped with a note.
 */
import { findAction, parseConditionOperator, formatConditionOperator, type PolicyDocument, type Statement } from '@/iam';
import {
  blockServiceOf,
  canonicalConditionKey,
  createIdSource,
  formatRowOperator,
  WILDCARD_SERVICE,
  type BlockEffect,
  type ConditionRow,
  type IdSource,
  type PermissionBlock,
  type VisualPolicy,
} from './visual-model';
import { caseHint, NoteSink, type NormalisationNote, type NoteParams } from './normalisation-note';

export { NOTE_CODES, type NoteCode, type NoteParams, type NormalisationNote } from './normalisation-note';

export interface DocumentToVisualResult {
  visual: VisualPolicy;
  notes: NormalisationNote[];
}

/** Operator name of a row built from a Condition block that is not an object (never holds). */
export const INVALID_CONDITION_OPERATOR = '(invalid Condition)';

const STATEMENT_KEYS = new Set(['Effect', 'Action', 'Resource', 'Condition']);
const DOCUMENT_KEYS = new Set(['Version', 'Statement']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Strings of a string-or-array field, as the engine reads them; `dropped` counts the rest. */
function readStrings(value: unknown): { strings: string[]; dropped: number } {
  if (typeof value === 'string') return { strings: [value], dropped: 0 };
  if (Array.isArray(value)) {
    const strings = value.filter((v): v is string => typeof v === 'string');
    return { strings, dropped: value.length - strings.length };
  }
  return { strings: [], dropped: value === undefined ? 0 : 1 };
}

function readEffect(effect: unknown): BlockEffect | null {
  if (typeof effect !== 'string') return null;
  const lower = effect.toLowerCase();
  return lower === 'allow' ? 'Allow' : lower === 'deny' ? 'Deny' : null;
}

function readConditionRows(condition: unknown, index: number, ids: IdSource, sink: NoteSink): ConditionRow[] {
  const label = `Statement ${index + 1}`;
  if (condition === undefined || condition === null) return [];
  const invalid = (why: string, params: NoteParams = {}): ConditionRow => {
    sink.add('condition_invalid', index, `${label}: ${why}, so the statement can never apply; it is shown as an invalid condition.`, params);
    return { id: ids.next('cond'), operator: INVALID_CONDITION_OPERATOR, ifExists: false, qualifier: null, key: '', values: [] };
  };
  if (!isRecord(condition)) return [invalid('Condition is not an object')];
  const rows: ConditionRow[] = [];
  for (const [operatorName, keys] of Object.entries(condition)) {
    const parsed = parseConditionOperator(operatorName);
    if (parsed !== null && formatConditionOperator(parsed) !== operatorName) {
      const canonical = formatConditionOperator(parsed);
      sink.add('operator_spelling', index, `${label}: operator "${operatorName}" is written "${canonical}".`, { operator: operatorName, canonical });
    }
    if (!isRecord(keys)) {
      rows.push(invalid(`operator "${operatorName}" is not followed by an object of keys`, { operator: operatorName, variant: 'operator' }));
      continue;
    }
    for (const [key, raw] of Object.entries(keys)) {
      const canonicalKey = canonicalConditionKey(key);
      if (canonicalKey !== key) {
        sink.add('condition_key_spelling', index, `${label}: condition key "${key}" is written "${canonicalKey}".`, { key, canonical: canonicalKey });
      }
      const values: string[] = [];
      const nonText: unknown[] = [];
      let converted = false;
      for (const v of Array.isArray(raw) ? (raw as unknown[]) : [raw]) {
        if (typeof v === 'string') values.push(v);
        else if ((typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean') {
          values.push(String(v));
          converted = true;
        } else nonText.push(v);
      }
      if (converted) {
        sink.add('condition_value_text', index, `${label}: the numbers or booleans in the values of ${canonicalKey} are written as text.`, { key: canonicalKey });
      }
      const row: ConditionRow =
        parsed === null
          ? { id: ids.next('cond'), operator: operatorName, ifExists: false, qualifier: null, key: canonicalKey, values }
          : { id: ids.next('cond'), operator: parsed.base, ifExists: parsed.ifExists, qualifier: parsed.qualifier, key: canonicalKey, values };
      if (nonText.length > 0) row.nonTextValues = nonText;
      rows.push(row);
    }
  }
  return rows;
}

interface ServiceGroup {
  service: string;
  actions: string[];
  patterns: string[];
  seen: Set<string>;
}

function groupActions(entries: readonly string[], index: number, sink: NoteSink): ServiceGroup[] {
  const label = `Statement ${index + 1}`;
  const groups = new Map<string, ServiceGroup>();
  const respelled: string[] = [];
  const duplicates: string[] = [];
  for (const entry of entries) {
    const service = blockServiceOf(entry);
    let group = groups.get(service);
    if (group === undefined) {
      group = { service, actions: [], patterns: [], seen: new Set() };
      groups.set(service, group);
    }
    const catalog = entry.includes('*') ? undefined : findAction(entry);
    // The service part compares case-insensitively but must be written in lower case.
    const colon = entry.indexOf(':');
    const lowered = colon < 0 ? entry : entry.slice(0, colon).toLowerCase() + entry.slice(colon);
    const text = catalog?.action ?? lowered;
    const dedupeKey = text.toLowerCase();
    if (group.seen.has(dedupeKey)) {
      duplicates.push(entry);
      continue;
    }
    group.seen.add(dedupeKey);
    if (catalog !== undefined) {
      if (catalog.action !== entry) respelled.push(`"${entry}" → "${catalog.action}"`);
      group.actions.push(catalog.action);
    } else {
      if (lowered !== entry) respelled.push(`"${entry}" → "${lowered}"`);
      group.patterns.push(lowered);
    }
  }
  if (respelled.length > 0) {
    const actions = respelled.join(', ');
    sink.add('action_spelling', index, `${label}: catalog spelling (service in lower case) for ${actions}.`, { actions });
  }
  if (duplicates.length > 0) {
    const actions = duplicates.map((d) => `"${d}"`).join(', ');
    sink.add('action_duplicate', index, `${label}: repeated ${actions} removed.`, { actions });
  }
  const list = [...groups.values()];
  if (list.length > 1) {
    const [count, services] = [list.length, list.map((g) => g.service).join(', ')];
    const message = `${label} names ${count} services (${services}): it becomes ${count} permission blocks, one per service, with the same effect, resources and conditions.`;
    sink.add('statement_split', index, message, { count, services });
  }
  const wild = groups.get(WILDCARD_SERVICE);
  if (wild !== undefined) {
    const patterns = wild.patterns.map((p) => `"${p}"`).join(', ');
    const message = `${label}: ${patterns} has a wildcard service and reaches every service; it is kept as a block for all services (*).`;
    sink.add('wildcard_service', index, message, { patterns });
  }
  return list;
}

/** `dropped` entries of Action or Resource that are not text were dropped (the engine ignores them). */
function noteNonText(sink: NoteSink, index: number, field: 'Action' | 'Resource', dropped: number): void {
  if (dropped === 0) return;
  const entries = dropped === 1 ? 'entry that is' : 'entries that are';
  const params: NoteParams = dropped === 1 ? { field, count: dropped, variant: 'one' } : { field, count: dropped };
  sink.add('non_text_entry_dropped', index, `Statement ${index + 1}: ${dropped} ${field} ${entries} not text dropped.`, params);
}

function readStatement(raw: unknown, index: number, ids: IdSource, sink: NoteSink): PermissionBlock[] {
  const label = `Statement ${index + 1}`;
  if (!isRecord(raw)) {
    sink.add('statement_dropped', index, `${label} is not an object; the engine ignores it, so it was dropped.`);
    return [];
  }
  const effect = readEffect(raw.Effect);
  for (const key of Object.keys(raw)) {
    if (!STATEMENT_KEYS.has(key)) {
      const hint = caseHint(key, STATEMENT_KEYS);
      sink.add('statement_key_dropped', index, `${label}: key "${key}" is not part of a Version 1.1 statement${hint.text}; it was dropped.`, hint.params);
    }
  }
  if (effect === null) {
    const written = JSON.stringify(raw.Effect);
    const params: NoteParams = written === undefined ? { variant: 'noEffect' } : { effect: written, variant: 'effect' };
    sink.add('statement_dropped', index, `${label}: Effect ${written ?? 'is missing'} is neither Allow nor Deny; the engine ignores the statement, so it was dropped.`, params);
    return [];
  }
  if (raw.Effect !== effect) {
    sink.add('effect_case', index, `${label}: Effect "${String(raw.Effect)}" is written "${effect}".`, { effect: String(raw.Effect), canonical: effect });
  }

  let resources: string[] = [];
  if ('Resource' in raw) {
    const read = readStrings(raw.Resource);
    if (read.strings.length === 0) {
      sink.add('statement_dropped', index, `${label}: Resource names no resource, so the statement can never apply; it was dropped.`, { variant: 'resource' });
      return [];
    }
    noteNonText(sink, index, 'Resource', read.dropped);
    resources = [...new Set(read.strings)];
  }

  const actions = readStrings(raw.Action);
  if (actions.strings.length > 0) noteNonText(sink, index, 'Action', actions.dropped);
  const conditions = readConditionRows(raw.Condition, index, ids, sink);
  if (actions.strings.length === 0) {
    sink.add('action_missing', index, `${label} names no action, so it grants nothing; it is kept as an empty block.`);
    return [{ id: ids.next('block'), service: '', effect, actions: [], patterns: [], resources, conditions }];
  }
  const groups = groupActions(actions.strings, index, sink);
  return groups.map((g, i) => ({
    id: ids.next('block'),
    service: g.service,
    effect,
    actions: g.actions,
    patterns: g.patterns,
    resources: [...resources],
    // Each block gets its own copy of the rows, with fresh ids after the first.
    conditions: i === 0 ? conditions : conditions.map((c) => ({ ...structuredClone(c), id: ids.next('cond') })),
  }));
}

/** Normalises a policy document into visual blocks; `notes` say what changed. */
export function documentToVisual(doc: PolicyDocument, ids: IdSource = createIdSource()): DocumentToVisualResult {
  const sink = new NoteSink();
  const raw: unknown = doc;
  if (!isRecord(raw)) {
    sink.add('statement_dropped', null, 'The policy is not a JSON object; the visual view starts empty.', { variant: 'document' });
    return { visual: { blocks: [] }, notes: sink.notes };
  }
  if (raw.Version !== '1.1') {
    const written = JSON.stringify(raw.Version);
    const params: NoteParams = written === undefined ? { variant: 'missing' } : { version: written };
    sink.add('version_changed', null, `Version ${written ?? 'is missing'}: the visual view writes "1.1".`, params);
  }
  for (const key of Object.keys(raw)) {
    if (!DOCUMENT_KEYS.has(key)) {
      const hint = caseHint(key, DOCUMENT_KEYS);
      sink.add('document_key_dropped', null, `Key "${key}" is not part of a Version 1.1 policy${hint.text}; it was dropped.`, hint.params);
    }
  }
  let statements: unknown[] = [];
  if (Array.isArray(raw.Statement)) statements = raw.Statement;
  else if (isRecord(raw.Statement)) {
    statements = [raw.Statement];
    sink.add('statement_not_array', null, 'Statement is a single object; it is written as an array of one statement.');
  }
  const blocks = statements.flatMap((s, i) => readStatement(s, i, ids, sink));
  return { visual: { blocks }, notes: sink.notes };
}

// ---------- visual → JSON ----------

/** Spellings of `name` that compare equal case-insensitively: itself first, then case variants. */
function* caseVariants(name: string): Generator<string> {
  yield name;
  yield name.toLowerCase();
  yield name.toUpperCase();
  for (let i = 0; i < name.length; i++) {
    const c = name.charAt(i);
    const flipped = c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase();
    if (flipped !== c) yield name.slice(0, i) + flipped + name.slice(i + 1);
  }
}

/**
 * Rows are AND-ed, but a JSON object cannot hold the same operator × key twice. A repeated pair
 * is written with another letter case of the key (or operator): the engine compares both
 * case-insensitively, so the meaning is unchanged.
 */
function placeRow(condition: Record<string, Record<string, unknown>>, operator: string, key: string): [string, string] {
  for (const op of caseVariants(operator)) {
    const bucket = Object.hasOwn(condition, op) ? condition[op] : undefined;
    for (const k of caseVariants(key)) if (bucket === undefined || !Object.hasOwn(bucket, k)) return [op, k];
  }
  return [operator, key]; // unreachable in practice: 2 + length variants of each
}

/** Own, enumerable property even for names such as "__proto__" (JSON keys are data). */
function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function writeConditions(rows: readonly ConditionRow[]): Record<string, Record<string, unknown>> {
  const condition: Record<string, Record<string, unknown>> = {};
  for (const row of rows) {
    const [op, key] = placeRow(condition, formatRowOperator(row), row.key);
    if (!Object.hasOwn(condition, op)) setOwn(condition, op, {});
    setOwn(condition[op]!, key, [...row.values, ...(row.nonTextValues ?? [])]);
  }
  return condition;
}

/** One statement per block, in block order; Version "1.1". */
export function visualToDocument(visual: VisualPolicy): PolicyDocument {
  return {
    Version: '1.1',
    Statement: visual.blocks.map((b) => {
      const statement: Statement = { Effect: b.effect, Action: [...b.actions, ...b.patterns] };
      if (b.resources.length > 0) statement.Resource = [...b.resources];
      if (b.conditions.length > 0) statement.Condition = writeConditions(b.conditions);
      return statement;
    }),
  };
}
