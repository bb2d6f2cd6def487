/**
 * What `documentToVisual` says it changed. A note is worded in English (`message`) and lists the
 * values the message interpolates (`params`, with an optional `variant` naming which wording of
 * the code it uses), as engine findings do: the `policy-editor` namespace has a template per code,
 * `normalise.codes.<code>` or `normalise.codes.<code>_<variant>` (see normalisation-notes.tsx).
 */
export const NOTE_CODES = [
  /** The document's Version is not "1.1": the visual view writes "1.1". */
  'version_changed',
  /** Top-level keys other than Version / Statement were dropped. */
  'document_key_dropped',
  /** `Statement` was a single object, not an array. */
  'statement_not_array',
  /** A statement the engine ignores (not an object, Effect unreadable, empty Resource) was dropped. */
  'statement_dropped',
  /** A statement naming several services became one block per service. */
  'statement_split',
  /** A `*` in an action's service part: kept as a block for every service (`*`). */
  'wildcard_service',
  /** Effect written in another letter case (`allow` → `Allow`). */
  'effect_case',
  /** A catalog action written in another letter case, now in catalog spelling; or a service part in upper case, now lower. */
  'action_spelling',
  /** A repeated action or pattern was removed. */
  'action_duplicate',
  /** Non-text entries in Action or Resource were dropped (the engine ignores them). */
  'non_text_entry_dropped',
  /** Statement keys other than Effect / Action / Resource / Condition (e.g. Sid) were dropped. */
  'statement_key_dropped',
  /** A condition operator written in another spelling, now canonical. */
  'operator_spelling',
  /** A global condition key written in another letter case, now as documented. */
  'condition_key_spelling',
  /** Numbers / booleans in condition values became text (the engine reads both alike). */
  'condition_value_text',
  /** A malformed Condition (not an object) that can never hold: kept as an invalid row. */
  'condition_invalid',
  /** A statement with no usable action: kept as an empty block (it grants nothing). */
  'action_missing',
] as const;
export type NoteCode = (typeof NOTE_CODES)[number];

/** Values of a note's message by name; `n` is the 1-based statement number of statement notes. */
export type NoteParams = Record<string, string | number>;

export interface NormalisationNote {
  code: NoteCode;
  /** 0-based index of the statement in the document; null for document-level notes. */
  statementIndex: number | null;
  /** Plain English, 1-based statement numbers ("Statement 2 …"). */
  message: string;
  /** The values `message` shows, for a template in another language (user values as in `message`). */
  params: NoteParams;
}

export class NoteSink {
  readonly notes: NormalisationNote[] = [];
  add(code: NoteCode, statementIndex: number | null, message: string, params: NoteParams = {}): void {
    this.notes.push({ code, statementIndex, message, params: statementIndex === null ? params : { n: statementIndex + 1, ...params } });
  }
}

/** A key of `known` that `key` spells in another letter case: the hint of a dropped key. */
export function caseHint(key: string, known: ReadonlySet<string>): { text: string; params: NoteParams } {
  const match = [...known].find((k) => k.toLowerCase() === key.toLowerCase());
  return match === undefined
    ? { text: '', params: { key } }
    : { text: ` (did you mean "${match}"? keys are case-sensitive)`, params: { key, expected: match, variant: 'hint' } };
}
