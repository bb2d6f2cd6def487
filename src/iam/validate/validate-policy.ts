/**
 * validatePolicy: structural and semantic checks of a Version 1.1 policy document
 * (docs/policy-semantics.md §1). Returns findings at line 1, column 1; parsePolicy maps them to text positions.
 */
import type { Finding, PolicyDocument } from '../model';
import type { ServiceRef } from './check-actions';
import { checkDenyOnly, checkLength, checkName, checkServiceKinds } from './check-policy-rules';
import { checkStatement, type StatementSummary } from './check-statement';
import { LIMITS } from './codes';
import { createIssueSink, describeType, isPlainObject, type Issue, type IssueSink, quote, reportWrongCase, sortFindings, toFinding, typeOf } from './issue';

export interface ValidateOptions {
  /** 'custom' (default) applies the custom-policy limits and the project/global mixing rule. */
  kind?: 'custom' | 'system';
  /** The policy's name, checked against the 128-character limit when given. */
  name?: string;
}

const TOP_KEYS = ['Version', 'Statement'] as const;

function checkStatements(sink: IssueSink, value: unknown, key: string, services: ServiceRef[]): StatementSummary[] {
  const path = [key];
  if (!Array.isArray(value)) {
    const object = isPlainObject(value);
    const hint = object ? ': wrap the statement in [ ]' : '';
    sink.report('statement-not-array', path, `Statement must be an array of statements, not ${describeType(value)}${hint}.`, {
      type: typeOf(value),
      ...(object ? { variant: 'object' } : {}),
    });
    return [];
  }
  if (value.length === 0) {
    sink.report('statement-empty', path, 'Statement is empty: a policy needs at least one statement.', {});
    return [];
  }
  if (value.length > LIMITS.statements) {
    sink.report(
      'statement-count-high',
      path,
      `This policy has ${value.length} statements; some IAM versions accept at most ${LIMITS.statements}: merge statements with the same Effect.`,
      { statements: value.length, max: LIMITS.statements },
    );
  }
  return value.map((stmt: unknown, i) => checkStatement(sink, stmt, [key, i], services));
}

function checkDocument(sink: IssueSink, doc: unknown, options: ValidateOptions): void {
  if (!isPlainObject(doc)) {
    sink.report('policy-not-object', [], `A policy must be a JSON object with Version and Statement, not ${describeType(doc)}.`, { type: typeOf(doc) });
    return;
  }
  const used: Partial<Record<(typeof TOP_KEYS)[number], string>> = {};
  for (const key of Object.keys(doc)) {
    const known = TOP_KEYS.find((k) => k.toLowerCase() === key.toLowerCase());
    if (known === undefined) {
      sink.report('top-level-key-unknown', [key], `Unknown top-level key ${quote(key)}: a policy holds only Version and Statement.`, { key: quote(key) }, { anchor: 'key' });
    } else if (key !== known) {
      reportWrongCase(sink, [key], known, key);
      if (!(known in doc)) used[known] ??= key;
    } else {
      used[known] = key;
    }
  }
  if (used.Version === undefined) {
    sink.report('version-missing', [], 'The policy has no Version: add "Version": "1.1".', {});
  } else if (doc[used.Version] !== '1.1') {
    const version = quote(doc[used.Version]);
    sink.report('version-invalid', [used.Version], `Version must be the string "1.1", not ${version}.`, { value: version }, { suggestion: '1.1' });
  }
  const services: ServiceRef[] = [];
  let summaries: StatementSummary[] = [];
  if (used.Statement === undefined) {
    sink.report('statement-missing', [], 'The policy has no Statement: add "Statement": [ { "Effect": "Allow", "Action": [ … ] } ].', {});
  } else {
    summaries = checkStatements(sink, doc[used.Statement], used.Statement, services);
  }
  const custom = (options.kind ?? 'custom') === 'custom';
  if (custom) {
    checkServiceKinds(sink, services);
    checkLength(sink, doc);
  }
  if (options.name !== undefined) checkName(sink, options.name);
  if (used.Statement !== undefined) checkDenyOnly(sink, summaries, [used.Statement]);
}

/** Runs every check and returns the issues with their paths (no text positions). */
export function collectIssues(doc: unknown, options: ValidateOptions = {}): Issue[] {
  const opts = options ?? {};
  const issues: Issue[] = [];
  const sink = createIssueSink(issues);
  try {
    checkDocument(sink, doc, opts);
  } catch {
    sink.report('validation-failed', [], 'The policy could not be inspected completely (it holds values JSON cannot represent).', { variant: 'inspect' });
  }
  return issues;
}

/** Validates a parsed policy document; positions are 1/1 (use parsePolicy for text positions). */
export function validatePolicy(doc: unknown, options: ValidateOptions = {}): Finding[] {
  return sortFindings(collectIssues(doc, options).map((issue) => toFinding(issue, 1, 1)));
}

/** Whether a value has the PolicyDocument shape the evaluator needs (other findings aside). */
export function isPolicyShape(value: unknown): value is PolicyDocument {
  if (!isPlainObject(value) || typeof value.Version !== 'string' || !Array.isArray(value.Statement)) return false;
  return value.Statement.every(
    (s: unknown) =>
      isPlainObject(s) &&
      typeof s.Effect === 'string' &&
      (typeof s.Action === 'string' || (Array.isArray(s.Action) && s.Action.every((a: unknown) => typeof a === 'string'))),
  );
}
