/**
 * Reads every page of one list call the way its API pages it (calls.ts `paging`): one request,
 * `limit`/`offset`, or `page`/`per_page`, to the total when the API says it, else to a short page.
 * A row two pages both answer is kept once. The call's coverage entry says how it went: a server
 * that ignores the paging parameters, pages that end before the total, or a list that changed
 * while it was read (rows on two pages and no total to check) are *partial*, never complete.
 */
import type { z } from 'zod/mini';
import type { CollectionCall } from '@/api/contracts/snapshot';
import { PAGE_SIZE } from '@/api/fetch-all-pages';
import type { ListCall } from './calls';
import { NetworkFailure, type SignedClient } from './http';

/** The key pair was refused (401): wrong access key, wrong secret key, expired token or clock. */
export class CredentialRefused extends Error {
  override readonly name = 'CredentialRefused';
}

export type Outcome<T> = { ok: true; items: T[] } | { ok: false };

const MAX_PAGES = 10_000;

/**
 * Partial although every request was allowed: the call's permission is not what is missing, so the
 * entry no longer names it (the console shows an entry's permission as "missing").
 */
function partial(entry: CollectionCall, message: string): void {
  Object.assign(entry, { status: 'partial', message });
  delete entry.permission;
}

/** GETs every page of `call` from `base` into `entry`; 401 throws CredentialRefused, other errors are recorded. */
export async function readList<S extends z.core.$ZodType, T>(client: SignedClient, base: string, call: ListCall<S, T>, entry: CollectionCall): Promise<Outcome<T>> {
  const items: T[] = [];
  const seen = new Set<string>();
  let repeats = 0;
  let total: number | undefined;
  let previousPage = '';
  const size = call.paging.kind === 'page' ? call.paging.perPage : PAGE_SIZE;
  for (let page = 0; page < MAX_PAGES; page++) {
    const url = new URL(call.path, base);
    for (const [k, v] of Object.entries(call.query ?? {})) url.searchParams.set(k, v);
    if (call.paging.kind === 'offset') {
      url.searchParams.set('limit', String(size));
      url.searchParams.set('offset', String(page * size));
    } else if (call.paging.kind === 'page') {
      url.searchParams.set('page', String(page + 1));
      url.searchParams.set('per_page', String(size));
    }
    let answer;
    try {
      answer = await client.get(url);
    } catch (e) {
      if (!(e instanceof NetworkFailure)) throw e;
      Object.assign(entry, { status: 'failed', message: e.message });
      return { ok: false };
    }
    entry.httpStatus = answer.status;
    if (answer.status === 401) throw new CredentialRefused(`${call.name}: HTTP 401 — ${answer.message ?? 'the credential was refused'}`);
    if (answer.status === 403) {
      Object.assign(entry, { status: 'denied', message: answer.message ?? 'HTTP 403' });
      return { ok: false };
    }
    if (answer.status < 200 || answer.status >= 300) {
      Object.assign(entry, { status: 'failed', message: `${answer.message ?? `HTTP ${answer.status}`}${answer.attempts > 1 ? ` (after ${answer.attempts} attempts)` : ''}` });
      return { ok: false };
    }
    const parsed = call.schema['~standard'].validate(answer.body);
    if (parsed instanceof Promise || parsed.issues) {
      const issue = parsed instanceof Promise ? undefined : parsed.issues[0];
      const where = issue?.path?.length ? ` at ${issue.path.map((p) => (typeof p === 'object' ? String(p.key) : String(p))).join('.')}` : '';
      Object.assign(entry, { status: 'failed', message: `unexpected response shape${where}: ${issue?.message ?? 'invalid'}` });
      return { ok: false };
    }
    const got = call.items(parsed.value as z.infer<S>);
    total = got.total ?? total;
    const of = total !== undefined ? ` of ${total}` : '';
    // A server that ignores the paging parameters answers the same page again: keep it once and stop.
    const text = call.paging.kind === 'none' ? '' : JSON.stringify(got.items);
    if (page > 0 && got.items.length > 0 && text === previousPage) {
      const params = call.paging.kind === 'page' ? 'page/per_page' : 'limit/offset';
      partial(entry, `page ${page + 1} answered the previous page again (the server ignores ${params}): ${items.length}${of} items read`);
      return { ok: true, items };
    }
    previousPage = text;
    for (const item of got.items) {
      const key = call.key(item);
      if (seen.has(key)) {
        repeats++;
      } else {
        seen.add(key);
        items.push(item);
      }
    }
    entry.count = items.length;
    // Done: one request answers all; a short page; or the total reached (more than `size` items
    // at once: the server ignored the page size and answered the whole list).
    if (call.paging.kind === 'none' || got.items.length < size || (total !== undefined && items.length >= total)) {
      if (repeats > 0 && call.paging.kind !== 'none' && (total === undefined || items.length < total)) {
        // Rows that moved from one page to the next while the list was read: some may have moved past us.
        partial(entry, `the list changed while it was read (${repeats} item${repeats === 1 ? '' : 's'} on two pages, kept once): ${items.length}${of} items read; collect again for a whole list`);
      } else if (total !== undefined && items.length < total) {
        partial(entry, `the pages ended early: ${items.length}${of} items read`);
      }
      return { ok: true, items };
    }
  }
  Object.assign(entry, { status: 'failed', message: `more than ${MAX_PAGES} pages` });
  return { ok: false };
}
