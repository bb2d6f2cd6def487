/**
 * The visual policy editor's model (issue 6): a policy as permission blocks, one service each.
 * Pure data and helpers, no React. `from-document.ts` converts to and from Version 1.1 JSON.
 *
 * Ids are deterministic: they come from an {@link IdSource} the caller passes in (a counter),
 * never from Math.random or the clock.
 */
import {
  ACCESS_LEVELS,
  ACTIONS,
  CONDITION_OPERATOR_NAMES,
  GLOBAL_CONDITION_KEYS,
  SERVICES,
  type AccessLevel,
  type CatalogAction,
  type ConditionKeySpec,
  type ConditionOperatorBase,
  type ConditionQualifier,
  type ServiceKind,
} from '@/iam';

export type BlockEffect = 'Allow' | 'Deny';

/** The service of a block whose patterns have a `*` in the service part (`*:*:*`, `*:*:GetObject`). */
export const WILDCARD_SERVICE = '*';

/** One condition: one operator × one key; its values are OR-ed, rows of a block are AND-ed. */
export interface ConditionRow {
  id: string;
  /**
   * Base operator, canonical spelling (e.g. "StringEquals"). When the policy names an operator
   * the engine does not know (e.g. "StringEqual"), the name as written: such a row never holds
   * (see {@link isKnownOperator}).
   */
  operator: ConditionOperatorBase | (string & {});
  ifExists: boolean;
  qualifier: ConditionQualifier | null;
  /** Condition key, e.g. "g:UserName" (keys compare case-insensitively). */
  key: string;
  /** Policy values as text (JSON numbers and booleans become text: the engine reads both alike). */
  values: string[];
  /**
   * Policy values that are not text, numbers or booleans (null, objects, lists), kept as written
   * so that JSON → visual → JSON grants exactly the same. The engine cannot read them, so the
   * condition fails whenever its key is present. Show read-only; drop when the user edits values.
   */
  nonTextValues?: unknown[];
}

export interface PermissionBlock {
  id: string;
  /** Lower-case service id ("modelarts"), {@link WILDCARD_SERVICE}, or '' while none is chosen. */
  service: string;
  effect: BlockEffect;
  /** Catalog actions, canonical catalog spelling. */
  actions: string[];
  /** Every other Action entry: wildcards ("obs:object:Get*") and actions not in the catalog. */
  patterns: string[];
  /** Resource paths; empty = no Resource key (the block applies to every resource). */
  resources: string[];
  conditions: ConditionRow[];
  collapsed?: boolean;
}

export interface VisualPolicy {
  blocks: PermissionBlock[];
}

// ---------- Ids ----------

/** Deterministic id generator: `next('block')` → "block-1", "block-2", … (one counter). */
export interface IdSource {
  next(prefix: 'block' | 'cond'): string;
}

export function createIdSource(start = 0): IdSource {
  let n = start;
  return { next: (prefix) => `${prefix}-${++n}` };
}

/** An id source that continues after the largest numeric suffix already used in `visual`. */
export function idSourceAfter(visual: VisualPolicy): IdSource {
  let max = 0;
  const see = (id: string) => {
    const m = /-(\d+)$/.exec(id);
    if (m !== null) max = Math.max(max, Number(m[1]));
  };
  for (const b of visual.blocks) {
    see(b.id);
    for (const c of b.conditions) see(c.id);
  }
  return createIdSource(max);
}

// ---------- Blocks and rows ----------

export function createBlock(ids: IdSource, service = '', effect: BlockEffect = 'Allow'): PermissionBlock {
  return { id: ids.next('block'), service, effect, actions: [], patterns: [], resources: [], conditions: [] };
}

export function createConditionRow(ids: IdSource, init: Partial<Omit<ConditionRow, 'id'>> = {}): ConditionRow {
  return { id: ids.next('cond'), operator: 'StringEquals', ifExists: false, qualifier: null, key: '', values: [], ...init };
}

/** A copy of a block with fresh ids (the block and its condition rows), expanded. */
export function duplicateBlock(block: PermissionBlock, ids: IdSource): PermissionBlock {
  const copy = structuredClone(block);
  copy.id = ids.next('block');
  copy.conditions = copy.conditions.map((c) => ({ ...c, id: ids.next('cond') }));
  delete copy.collapsed;
  return copy;
}

// ---------- Operators ----------

const KNOWN_OPERATORS: ReadonlySet<string> = new Set(CONDITION_OPERATOR_NAMES);

/** Whether the row's base operator is one the engine knows (unknown ones never hold). */
export function isKnownOperator(row: Pick<ConditionRow, 'operator'>): boolean {
  return KNOWN_OPERATORS.has(row.operator);
}

/** The operator as the JSON writes it: `ForAnyValue:StringEqualsIfExists`. */
export function formatRowOperator(row: Pick<ConditionRow, 'operator' | 'ifExists' | 'qualifier'>): string {
  return `${row.qualifier === null ? '' : `${row.qualifier}:`}${row.operator}${row.ifExists ? 'IfExists' : ''}`;
}

/** One row in words: `g:UserName StringEndWithIfExists "-admin" or "-ops"`. */
export function describeConditionRow(row: ConditionRow): string {
  const values = [...row.values.map((v) => JSON.stringify(v)), ...(row.nonTextValues ?? []).map((v) => JSON.stringify(v) ?? String(v))];
  return `${row.key} ${formatRowOperator(row)} ${values.length === 0 ? '(no value)' : values.join(' or ')}`;
}

/** A block's conditions in words, AND across rows; '' when it has none. */
export function describeConditions(rows: readonly ConditionRow[]): string {
  return rows.map(describeConditionRow).join(' AND ');
}

// ---------- Condition keys ----------

/** Keys to suggest in the key field: the global keys (typed; prefix keys end with "/"). */
export function conditionKeySuggestions(): readonly ConditionKeySpec[] {
  return GLOBAL_CONDITION_KEYS;
}

/** The global key spec of a key (case-insensitive; `g:ResourceTag/team` → `g:ResourceTag/`). */
export function findGlobalConditionKey(key: string): ConditionKeySpec | undefined {
  const lower = key.toLowerCase();
  return GLOBAL_CONDITION_KEYS.find((s) =>
    s.prefix === true ? lower.startsWith(s.key.toLowerCase()) && lower.length > s.key.length : s.key.toLowerCase() === lower,
  );
}

/** A global key in its documented spelling (`g:username` → `g:UserName`); other keys as given. */
export function canonicalConditionKey(key: string): string {
  const spec = findGlobalConditionKey(key);
  if (spec === undefined) return key;
  return spec.prefix === true ? spec.key + key.slice(spec.key.length) : spec.key;
}

// ---------- Catalog views for a block ----------

/** Service part of an action or pattern, lower-cased: text before the first ":". */
export function servicePartOf(entry: string): string {
  const colon = entry.indexOf(':');
  return (colon < 0 ? entry : entry.slice(0, colon)).toLowerCase();
}

/** The block service an Action entry belongs to: its service part, or `*` when that holds a wildcard. */
export function blockServiceOf(entry: string): string {
  const service = servicePartOf(entry);
  return service.includes('*') ? WILDCARD_SERVICE : service;
}

/** The catalog actions of a service grouped by access level (catalog order within a level). */
export function actionsByLevel(service: string): Record<AccessLevel, CatalogAction[]> {
  const out = Object.fromEntries(ACCESS_LEVELS.map((l) => [l, [] as CatalogAction[]])) as Record<AccessLevel, CatalogAction[]>;
  const id = service.toLowerCase();
  for (const a of ACTIONS) if (a.service === id) out[a.level].push(a);
  return out;
}

/**
 * Whether the Resource field should be offered for a block: false when every catalog action of
 * the service refuses resource paths (ModelArts); true for `*`, unknown and uncatalogued services.
 */
export function serviceSupportsResources(service: string): boolean {
  const id = service.toLowerCase();
  const own = ACTIONS.filter((a) => a.service === id);
  return own.length === 0 || own.some((a) => a.supportsResources);
}

export interface ServiceOption {
  id: string;
  name: string;
  nameZh?: string;
  kind: ServiceKind;
  /** Catalog actions of the service (0: the service is known but its actions are not catalogued). */
  actionCount: number;
}

/** The services a block may pick from (catalog order), with kind, for the searchable picker. */
export function serviceOptions(): ServiceOption[] {
  return SERVICES.map((s) => {
    const option: ServiceOption = { id: s.id, name: s.name, kind: s.kind, actionCount: ACTIONS.filter((a) => a.service === s.id).length };
    if (s.nameZh !== undefined) option.nameZh = s.nameZh;
    return option;
  });
}
