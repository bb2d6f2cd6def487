/** Console-only endpoints under `/__mock/` (ours, api.md): snapshot, reset, faults, large seed. */
import { z } from 'zod';

export const failNextSchema = z.object({
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', '*']).default('*'),
  /** Path prefix, e.g. "/v3.0/OS-AGENCY/domains/". */
  path: z.string().min(1),
  status: z.number().int().min(400).max(599).default(500),
  times: z.number().int().min(1).max(100).default(1),
});
export type FailNext = z.infer<typeof failNextSchema>;

export const faultsSchema = z.object({
  latencyMs: z.number().int().min(0).max(30000).default(0),
  /** 0–1: share of calls that fail with a 500. */
  failRate: z.number().min(0).max(1).default(0),
  offline: z.boolean().default(false),
  failNext: z.array(failNextSchema).default([]),
  /** How long a deleted workspace stays DELETING. */
  deleteDelayMs: z.number().int().min(0).max(60000).default(2000),
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
