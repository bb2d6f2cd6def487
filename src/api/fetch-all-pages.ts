/** Reads every page of a list endpoint (limit 1000, `total_count`) into one array. */
import type { z } from 'zod/mini';
import { request } from './client';

export const PAGE_SIZE = 1000;

export async function fetchAllPages<S extends z.core.$ZodType, T>(
  path: string,
  schema: S,
  pick: (page: z.infer<S>) => { items: T[]; total: number },
  signal?: AbortSignal,
  query: Record<string, string> = {},
): Promise<T[]> {
  const out: T[] = [];
  for (let offset = 0; ; offset += PAGE_SIZE) {
    const page = pick(await request(path, schema, { query: { ...query, limit: PAGE_SIZE, offset }, signal }));
    out.push(...page.items);
    if (page.items.length < PAGE_SIZE || out.length >= page.total) return out;
  }
}

/** Runs `task` over `items` with at most `limit` in flight; results keep the input order. */
export async function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await task(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
