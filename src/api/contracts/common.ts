/** Shapes shared by every API family: errors, paging. Used by the client and the mock backend. */
import { z } from 'zod';

/** ModelArts error body: `{"error_code": "ModelArts.0424", "error_msg": "…"}` (+ our `explanation`). */
export const modelArtsErrorSchema = z.object({
  error_code: z.string(),
  error_msg: z.string(),
  /** ours: the engine's AccessResult for a 403, or validator findings for a 400. */
  explanation: z.unknown().optional(),
  findings: z.array(z.unknown()).optional(),
});
export type ModelArtsError = z.infer<typeof modelArtsErrorSchema>;

/** IAM error body: `{"error": {"code": 400, "title": "Bad Request", "message": "…"}}`. */
export const iamErrorSchema = z.object({
  error: z.object({
    code: z.number(),
    title: z.string(),
    message: z.string(),
    explanation: z.unknown().optional(),
    findings: z.array(z.unknown()).optional(),
  }),
});
export type IamError = z.infer<typeof iamErrorSchema>;

/** Query parameters every list endpoint takes (api.md "Lists"). */
export const listQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(1000),
  offset: z.coerce.number().int().min(0).default(0),
  sort_by: z.string().optional(),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type ListQuery = z.input<typeof listQuerySchema>;

/** A page of a list: the items plus `total_count`. */
export interface Page<T> {
  total_count: number;
  items: T[];
}

/** Name rule of IAM agencies: 1–64 of letters, digits, `_ + = , . @ -`. */
export const AGENCY_NAME_PATTERN = /^[A-Za-z0-9_+=,.@-]{1,64}$/;
export const agencyNameSchema = z
  .string()
  .min(1, 'Enter an agency name.')
  .max(64, 'The agency name can be at most 64 characters.')
  .regex(AGENCY_NAME_PATTERN, 'Use only letters, digits and _ + = , . @ -');
