/** Console-only endpoints under `/__mock/` (ours, docs/api.md): snapshot, reset, faults, large seed. */
import { z } from 'zod/mini';

export const failNextSchema = z.object({
  method: z._default(z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', '*']), '*'),
  /** Path prefix, e.g. "/v3.0/OS-AGENCY/domains/". */
  path: z.string().check(z.minLength(1)),
  status: z._default(z.number().check(z.int(), z.minimum(400), z.maximum(599)), 500),
  times: z._default(z.number().check(z.int(), z.minimum(1), z.maximum(100)), 1),
});
export type FailNext = z.infer<typeof failNextSchema>;

export const faultsSchema = z.object({
  latencyMs: z._default(z.number().check(z.int(), z.minimum(0), z.maximum(30000)), 0),
  /** 0–1: share of calls that fail with a 500. */
  failRate: z._default(z.number().check(z.minimum(0), z.maximum(1)), 0),
  offline: z._default(z.boolean(), false),
  failNext: z._default(z.array(failNextSchema), []),
  /** How long a deleted workspace stays DELETING. */
  deleteDelayMs: z._default(z.number().check(z.int(), z.minimum(0), z.maximum(60000)), 2000),
});
export type Faults = z.infer<typeof faultsSchema>;
export type FaultsInput = z.input<typeof faultsSchema>;

export const seedRequestSchema = z.object({ size: z.enum(['default', 'large']) });
export type SeedSize = z.infer<typeof seedRequestSchema>['size'];

/** PUT /__mock/snapshot reply: what changed, per collection. */
export const importResultSchema = z.object({
  result: z.literal(true),
  counts: z.record(z.string(), z.number()),
});
