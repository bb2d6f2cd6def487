/**
 * HTTP plumbing shared by every handler: typed errors rendered in the path family's shape
 * (ModelArts `{error_code, error_msg}`, IAM `{error: {code, title, message}}`), zod-validated bodies
 * and queries (a bad one is a 400 naming the field, never a 500), and list paging.
 */
import { HttpResponse } from 'msw';
import { z } from 'zod/mini';
import { isIamPath } from '@/api/paths';
import { statusTitle } from './faults';

// zod/mini carries no messages of its own; the 400s below quote zod's English ones ("Too big: …").
// Set here, in the lazily loaded mock backend, so the locale stays out of the first route.
z.config(z.locales.en());

export type Family = 'modelarts' | 'iam';

export function familyOf(url: URL): Family {
  return isIamPath(url.pathname) ? 'iam' : 'modelarts';
}

/** ModelArts error codes used by the mock (docs/huawei-reference.md §3.7). */
export const MA = {
  invalidArgument: 'ModelArts.0101',
  workspaceMissing: 'ModelArts.0102',
  invalidParameter: 'ModelArts.0104',
  forbidden: 'ModelArts.0108',
  tokenMissing: 'ModelArts.0201',
  tokenInvalid: 'ModelArts.0203',
  required: 'ModelArts.3036',
  authorizationExists: 'ModelArts.0424',
  authorizationMissing: 'ModelArts.0429',
  defaultWorkspaceImmutable: 'ModelArts.3566',
  agencyInvalid: 'ModelArts.4335',
  agencyNameExists: 'ModelArts.4502',
  workspaceAbnormal: 'ModelArts.7004',
  workspaceNotFound: 'ModelArts.7005',
  /** ours: optimistic-concurrency conflict (no Huawei code documented). */
  conflict: 'ModelArts.0409',
} as const;

export interface ErrorExtra {
  explanation?: unknown;
  findings?: unknown[];
}

/** Thrown by handlers; rendered by `errorResponse` in the family's shape. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    /** ModelArts code (ignored in the IAM shape, whose code is the HTTP status). */
    readonly code: string,
    message: string,
    readonly extra: ErrorExtra = {},
  ) {
    super(message);
  }
}

export function errorResponse(family: Family, e: HttpError): Response {
  const extra = Object.fromEntries(Object.entries(e.extra).filter(([, v]) => v !== undefined));
  if (family === 'iam') {
    return HttpResponse.json({ error: { code: e.status, title: statusTitle(e.status), message: e.message, ...extra } }, { status: e.status });
  }
  return HttpResponse.json({ error_code: e.code, error_msg: e.message, ...extra }, { status: e.status });
}

/** Any thrown value as a response: HttpError as itself, anything else as a 500 that names it. */
export function toErrorResponse(family: Family, e: unknown): Response {
  if (e instanceof HttpError) return errorResponse(family, e);
  console.error('Mock backend: unexpected error', e);
  const message = e instanceof Error ? e.message : String(e);
  return errorResponse(family, new HttpError(500, 'ModelArts.7001', `Internal error in the mock backend: ${message}`));
}

// ---------- shorthands ----------
export const badRequest = (message: string, code: string = MA.invalidParameter, extra?: ErrorExtra) => new HttpError(400, code, message, extra);
export const notFound = (message: string, code: string = MA.invalidParameter) => new HttpError(404, code, message);
export const conflict = (message: string, code: string = MA.conflict) => new HttpError(409, code, message);

// ---------- validation ----------
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${String(seg)}` : String(seg);
  return out;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let cur = input;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[seg];
  }
  return cur;
}

/** A 400 naming the first invalid field: ModelArts.3036 when it is missing, else ModelArts.0104. */
export function validationError(input: unknown, error: z.core.$ZodError): HttpError {
  const issue = error.issues[0]!;
  const field = formatPath(issue.path);
  const value = valueAt(input, issue.path);
  const missing = field !== '' && (value === undefined || value === '');
  const message = field ? `Invalid parameter "${field}": ${issue.message}` : `Invalid request: ${issue.message}`;
  return badRequest(missing ? `Parameter "${field}" is required: ${issue.message}` : message, missing ? MA.required : MA.invalidParameter, {
    explanation: { field, issues: error.issues.map((i) => ({ field: formatPath(i.path), message: i.message })) },
  });
}

export function parseWith<S extends z.core.$ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = z.safeParse(schema, input);
  if (!parsed.success) throw validationError(input, parsed.error);
  return parsed.data;
}

/** The JSON body validated with `schema`. */
export async function readBody<S extends z.core.$ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  let input: unknown;
  const text = await request.text();
  if (text.trim() === '') input = {};
  else {
    try {
      input = JSON.parse(text);
    } catch {
      throw badRequest('The request body is not valid JSON.', MA.invalidArgument);
    }
  }
  return parseWith(schema, input);
}

/** The query string validated with `schema` (repeated keys: the last one wins). */
export function readQuery<S extends z.core.$ZodType>(url: URL, schema: S): z.output<S> {
  return parseWith(schema, Object.fromEntries(url.searchParams.entries()));
}

// ---------- lists ----------
export function pageOf<T>(items: readonly T[], offset: number, limit: number): T[] {
  return items.slice(offset, offset + limit);
}

type SortKey = string | number;

const compareKeys = (x: SortKey, y: SortKey) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * Sorts by `key` then `tie` (both computed once per item, not per comparison: fast on 10,000 rows).
 * Descending reverses the key only; the tie-break stays ascending, so pages are stable.
 */
export function sortList<T>(items: Iterable<T>, key: (t: T) => SortKey | null | undefined, order: 'asc' | 'desc', tie: (t: T) => SortKey): T[] {
  const dir = order === 'desc' ? -1 : 1;
  const rows = Array.from(items, (item) => ({ k: key(item) ?? '', t: tie(item), item }));
  rows.sort((a, b) => dir * compareKeys(a.k, b.k) || compareKeys(a.t, b.t));
  return rows.map((r) => r.item);
}

/** 204 No Content. */
export const noContent = () => new HttpResponse(null, { status: 204 });
