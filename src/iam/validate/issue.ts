/**
 * Internal finding before it has a text position: a path as segments and an anchor saying
 * whether it points at a property's key or at the value.
 */
import type { Finding } from '../model';
import { type FindingCode, SEVERITY_BY_CODE } from './codes';

export type PathSegment = string | number;

export interface Issue {
  code: FindingCode;
  message: string;
  segments: readonly PathSegment[];
  /** 'key': the property name at the end of the path; 'value' (default): the value. */
  anchor: 'key' | 'value';
  suggestion?: string;
}

export interface IssueSink {
  report(code: FindingCode, segments: readonly PathSegment[], message: string, extra?: { anchor?: 'key'; suggestion?: string }): void;
}

export function createIssueSink(issues: Issue[]): IssueSink {
  return {
    report(code, segments, message, extra) {
      const issue: Issue = { code, message, segments, anchor: extra?.anchor ?? 'value' };
      if (extra?.suggestion !== undefined) issue.suggestion = extra.suggestion;
      issues.push(issue);
    },
  };
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
  return f;
}

/** Findings ordered by position (line, then column); ties keep their order (stable sort). */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Quotes a user value for a message, shortened so a 1 MB string cannot flood the UI. */
export function quote(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** A short description of a JSON value's type for messages ("an object", "a number"). */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'a boolean';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
