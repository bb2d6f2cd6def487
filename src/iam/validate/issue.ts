/**
 * Internal finding before it has a text position: a path as segments and an anchor saying
 * whether it points at a property's key or at the value.
 */
import type { Finding, FindingParams } from '../model';
import { type FindingCode, SEVERITY_BY_CODE } from './codes';

export type PathSegment = string | number;

export interface Issue {
  code: FindingCode;
  message: string;
  segments: readonly PathSegment[];
  /** 'key': the property name at the end of the path; 'value' (default): the value. */
  anchor: 'key' | 'value';
  suggestion?: string;
  /** The values the message interpolates (Finding.params). */
  params: FindingParams;
}

export interface IssueSink {
  /** `params`: every value the message interpolates, by name (Finding.params). */
  report(
    code: FindingCode,
    segments: readonly PathSegment[],
    message: string,
    params: FindingParams,
    extra?: { anchor?: 'key'; suggestion?: string },
  ): void;
}

export function createIssueSink(issues: Issue[]): IssueSink {
  return {
    report(code, segments, message, params, extra) {
      const issue: Issue = { code, message, segments, anchor: extra?.anchor ?? 'value', params };
      if (extra?.suggestion !== undefined) issue.suggestion = extra.suggestion;
      issues.push(issue);
    },
  };
}

/** The optional " Did you mean …?" of a message: its text, its params and the finding's suggestion. */
export function didYouMean(near: string | undefined): { text: string; params: FindingParams; extra: { suggestion?: string } } {
  if (near === undefined) return { text: '', params: {}, extra: {} };
  const quoted = quote(near);
  return { text: ` Did you mean ${quoted}?`, params: { variant: 'suggest', suggestion: quoted }, extra: { suggestion: near } };
}

/** key-wrong-case: a known key (`known`) written in another letter case (`key`). */
export function reportWrongCase(sink: IssueSink, segments: readonly PathSegment[], known: string, key: string): void {
  const expected = quote(known);
  const actual = quote(key);
  sink.report('key-wrong-case', segments, `Write ${expected}, not ${actual}: policy keys are case-sensitive.`, { expected, key: actual }, { anchor: 'key', suggestion: known });
}

/** RFC 6901 JSON pointer of a path. */
export function toPointer(segments: readonly PathSegment[]): string {
  let out = '';
  for (const s of segments) out += `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`;
  return out;
}

export function toFinding(issue: Issue, line: number, column: number): Finding {
  const f: Finding = {
    code: issue.code,
    severity: SEVERITY_BY_CODE[issue.code],
    message: issue.message,
    path: toPointer(issue.segments),
    line,
    column,
  };
  if (issue.suggestion !== undefined) f.suggestion = issue.suggestion;
  f.params = issue.params;
  return f;
}

/** Findings ordered by position (line, then column); ties keep their order (stable sort). */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Shortens a text for a message so a 1 MB string cannot flood the UI. */
export function shorten(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 3)}…` : text;
}

/** Quotes a user value for a message, shortened so a 1 MB string cannot flood the UI. */
export function quote(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return shorten(text);
}

/** The JSON type of a value as a word (the `type` param of findings): "object", "array", "null"… */
export function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

const TYPE_PHRASES: Readonly<Record<string, string>> = {
  array: 'an array',
  string: 'a string',
  number: 'a number',
  boolean: 'a boolean',
  object: 'an object',
};

/** A short description of a JSON value's type for messages ("an object", "a number"). */
export function describeType(value: unknown): string {
  const type = typeOf(value);
  return TYPE_PHRASES[type] ?? type;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
