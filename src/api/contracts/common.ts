/** Shapes shared by every API family: errors, paging. Used by the client and the mock backend. */
import { z } from 'zod/mini';

/** ModelArts error body: `{"error_code": "ModelArts.0424", "error_msg": "…"}` (+ our `explanation`). */
export const modelArtsErrorSchema = z.object({
  error_code: z.string(),
  error_msg: z.string(),
  /** ours: the engine's AccessResult for a 403, or validator findings for a 400. */
  explanation: z.optional(z.unknown()),
  findings: z.optional(z.array(z.unknown())),
});
export type ModelArtsError = z.infer<typeof modelArtsErrorSchema>;

/** IAM error body: `{"error": {"code": 400, "title": "Bad Request", "message": "…"}}`. */
export const iamErrorSchema = z.object({
  error: z.object({
    code: z.number(),
    title: z.string(),
    message: z.string(),
    explanation: z.optional(z.unknown()),
    findings: z.optional(z.array(z.unknown())),
  }),
});
export type IamError = z.infer<typeof iamErrorSchema>;

/** Query parameters every list endpoint takes (docs/api.md "Lists"). */
export const listQuerySchema = z.object({
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(1000)), 1000),
  offset: z._default(z.coerce.number().check(z.int(), z.minimum(0)), 0),
  sort_by: z.optional(z.string()),
  order: z._default(z.enum(['asc', 'desc']), 'asc'),
});
export type ListQuery = z.input<typeof listQuerySchema>;

/** A page of a list: the items plus `total_count`. */
export interface Page<T> {
  total_count: number;
  items: T[];
}

/**
 * An agency's validity (docs/huawei-reference.md): "FOREVER", "ONEDAY" or a whole number of hours
 * from 1 to 999,999 (≈ 114 years): any longer has no date and answered 500 before (issue 12).
 */
export const AGENCY_DURATION_PATTERN = /^(FOREVER|ONEDAY|[1-9]\d{0,5})$/;

/** Name rule of IAM agencies: 1–64 of letters, digits, `_ + = , . @ -`. */
export const AGENCY_NAME_PATTERN = /^[A-Za-z0-9_+=,.@-]{1,64}$/;
export const agencyNameSchema = z
  .string()
  .check(
    z.minLength(1, 'Enter an agency name.'),
    z.maxLength(64, 'The agency name can be at most 64 characters.'),
    z.regex(AGENCY_NAME_PATTERN, 'Use only letters, digits and _ + = , . @ -'),
  );
