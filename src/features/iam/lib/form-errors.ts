/** zod issues → the first message per field path ("name", "description"), for messages under each field. */
import type { z } from 'zod';

export type FieldErrors = Record<string, string>;

export function fieldErrors(result: z.ZodSafeParseResult<unknown>, prefix: string): FieldErrors {
  if (result.success) return {};
  const out: FieldErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String);
    const field = path[0] === prefix ? path.slice(1).join('.') : path.join('.');
    out[field] ??= issue.message;
  }
  return out;
}
