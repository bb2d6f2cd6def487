/** Reads every page of a list endpoint (limit 1000, the API's maximum) until `total_count`. */
import type { z } from 'zod/mini';
import { request } from '@/api/client';

const PAGE = 1000;

export async function fetchAll<S extends z.core.$ZodType<{ total_count?: number }>, T>(
  path: string,
  schema: S,
  items: (page: z.infer<S>) => T[],
  signal?: AbortSignal,
): Promise<T[]> {
  const out: T[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await request(path, schema, { query: { limit: PAGE, offset }, signal });
    const rows = items(page);
    out.push(...rows);
    if (rows.length < PAGE || out.length >= (page.total_count ?? 0)) return out;
  }
}
