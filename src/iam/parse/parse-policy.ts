/**
 * parsePolicy: policy text → document and findings with 1-based line/column (docs/policy-semantics.md §1).
 * JSON syntax errors stop at the first one; otherwise the validator's findings are mapped from
 * JSON paths to text positions. Never throws.
 */
import type { Finding, FindingParams, PolicyDocument } from '../model';
import { type Issue, sortFindings, toFinding } from '../validate/issue';
import { collectIssues, isPolicyShape, type ValidateOptions } from '../validate/validate-policy';
import { offsetOfPath, parseJsonTree, treeToValue } from './json-tree';
import { createLineIndex } from './line-index';
import { findExcessiveNesting } from './nesting-depth';

export interface ParseResult {
  /** The document when the text is JSON of the policy shape (other findings may still be errors). */
  policy?: PolicyDocument;
  findings: Finding[];
}

/** A policy needs 6 levels; anything much deeper is refused before the recursive parser runs. */
export const MAX_NESTING = 64;

function single(issue: Issue, line: number, column: number): ParseResult {
  return { findings: [toFinding(issue, line, column)] };
}

function parseText(text: string, options: ValidateOptions): ParseResult {
  const lines = createLineIndex(text);
  const deep = findExcessiveNesting(text, MAX_NESTING);
  if (deep >= 0) {
    const { line, column } = lines.position(deep);
    return single(
      {
        code: 'json-too-deep',
        anchor: 'value',
        segments: [],
        message: `The JSON nests deeper than ${MAX_NESTING} levels here; a policy needs at most 6.`,
        params: { max: MAX_NESTING },
      },
      line,
      column,
    );
  }
  const { tree, error } = parseJsonTree(text);
  if (tree === undefined) {
    const { line, column } = lines.position(error?.offset ?? 0);
    const params: FindingParams = error?.variant === undefined ? {} : { variant: error.variant };
    return single({ code: 'json-syntax', anchor: 'value', segments: [], message: error?.message ?? 'Invalid JSON.', params }, line, column);
  }
  const issues: Issue[] = [];
  const value = treeToValue(tree, [], issues);
  issues.push(...collectIssues(value, options));
  const findings = issues.map((issue) => {
    const { line, column } = lines.position(offsetOfPath(tree, issue.segments, issue.anchor));
    return toFinding(issue, line, column);
  });
  const result: ParseResult = { findings: sortFindings(findings) };
  if (isPolicyShape(value)) result.policy = value;
  return result;
}

/** Parses and validates policy text. Never throws, whatever the input. */
export function parsePolicy(text: string, options: ValidateOptions = {}): ParseResult {
  try {
    if (typeof text !== 'string') {
      const message = `The policy text must be a string, not ${typeof text}.`;
      return single({ code: 'json-syntax', anchor: 'value', segments: [], message, params: { typeName: typeof text, variant: 'NotString' } }, 1, 1);
    }
    return parseText(text, options ?? {});
  } catch {
    return single({ code: 'validation-failed', anchor: 'value', segments: [], message: 'The policy could not be checked.', params: {} }, 1, 1);
  }
}
