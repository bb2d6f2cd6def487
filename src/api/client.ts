/**
 * The fetch client: adds the token, parses JSON with a zod schema, and turns every failure into a
 * typed error (ApiError for HTTP errors in either Huawei shape, NetworkError when nothing answered).
 * It shows no UI.
 */
import { z } from 'zod/mini';
import { iamErrorSchema, modelArtsErrorSchema } from './contracts/common';

/** An HTTP error from the backend, normalised from the ModelArts or IAM error shape. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    /** "ModelArts.0424" or the IAM numeric code as text, e.g. "409". */
    readonly code: string,
    message: string,
    /** ours: the engine's explanation of a 403, or validator findings of a 400. */
    readonly explanation?: unknown,
    readonly findings?: unknown[],
  ) {
    super(message);
  }
}

/** Nothing answered: offline, DNS, connection refused, or a mock "offline" fault. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
}

/** The response did not have the documented shape. */
export class ContractError extends Error {
  override readonly name = 'ContractError';
}

interface ClientConfig {
  getToken: () => string | null;
  baseUrl: string;
  /**
   * How a request travels: the global fetch, or (in the browser) the mock backend answering in the
   * page itself (mocks/browser.ts), which spares the round trip through its service worker and lets
   * the console ask before the worker is registered. Throws a TypeError when nothing answered, as fetch does.
   */
  transport: (url: string, init: RequestInit) => Promise<Response>;
}
const config: ClientConfig = { getToken: () => null, baseUrl: '', transport: (url, init) => fetch(url, init) };

export function configureClient(next: Partial<ClientConfig>): void {
  Object.assign(config, next);
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Record<string, string | number | boolean | undefined | null>;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export function withQuery(path: string, query?: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/** Reads an error body of either family into an ApiError. */
export async function toApiError(res: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    /* not JSON */
  }
  const ma = modelArtsErrorSchema.safeParse(body);
  if (ma.success) return new ApiError(res.status, ma.data.error_code, ma.data.error_msg, ma.data.explanation, ma.data.findings);
  const iam = iamErrorSchema.safeParse(body);
  if (iam.success) {
    const e = iam.data.error;
    return new ApiError(res.status, String(e.code), e.message, e.explanation, e.findings);
  }
  return new ApiError(res.status, String(res.status), res.statusText || `HTTP ${res.status}`);
}

/** Sends a request and returns the raw Response (for headers such as X-Subject-Token). */
export async function send(path: string, options: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  const token = config.getToken();
  if (token) headers['X-Auth-Token'] = token;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await config.transport(config.baseUrl + withQuery(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new NetworkError('The console could not reach the service. Check the connection and try again.');
  }
  if (!res.ok) throw await toApiError(res);
  return res;
}

/** Sends a request and parses the JSON reply with `schema`. */
export async function request<S extends z.core.$ZodType>(path: string, schema: S, options: RequestOptions = {}): Promise<z.infer<S>> {
  const res = await send(path, options);
  if (res.status === 204) return z.parse(schema, undefined);
  const body: unknown = await res.json().catch(() => undefined);
  const parsed = z.safeParse(schema, body);
  if (!parsed.success) throw new ContractError(`Unexpected response from ${path}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}
