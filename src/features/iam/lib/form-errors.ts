/** zod issues → the first issue per field path ("name", "description"), for messages under each field. */
import type { z } from 'zod/mini';

export interface FieldIssue {
  /** zod's issue code, e.g. "too_small", "too_big", "invalid_format". */
  code: string;
  /** The contract's English message (fallback when no translation exists). */
  message: string;
}
export type FieldErrors = Record<string, FieldIssue>;

export function fieldErrors(result: z.core.util.SafeParseResult<unknown>, prefix: string): FieldErrors {
  if (result.success) return {};
  const out: FieldErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String);
    const field = path[0] === prefix ? path.slice(1).join('.') : path.join('.');
    out[field] ??= { code: issue.code, message: issue.message };
  }
  return out;
}
