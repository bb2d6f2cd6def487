/**
 * The collector's HTTP client: signs every request (signer.ts), retries 429 and 5xx answers and
 * network errors with bounded exponential backoff (Retry-After honoured up to the cap), and reads
 * either Huawei error shape into a short message. It never throws for an HTTP status: the caller
 * decides what a 401 / 403 / 404 means for its call.
 */
import { signRequest, type Credentials } from './signer';

export interface HttpAnswer {
  status: number;
  body: unknown;
  /** The error message of a non-2xx answer, from either Huawei error shape. */
  message?: string;
  /** Attempts made (1 = no retry). */
  attempts: number;
}

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 500, maxDelayMs: 8000 };

export class NetworkFailure extends Error {
  override readonly name = 'NetworkFailure';
}

export interface SignedClientOptions {
  credentials: Credentials;
  retry?: RetryPolicy;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Extra headers on every request (e.g. X-Domain-Id). */
  headers?: Record<string, string>;
}

const retryable = (status: number) => status === 429 || status >= 500;

/** The message of an error body: ModelArts / gateway `{error_code, error_msg}` or IAM `{error: {message}}`. */
export function errorMessage(body: unknown): string | undefined {
  if (body && typeof body === 'object') {
    const b = body as Record<string, unknown>;
    if (typeof b.error_msg === 'string') return typeof b.error_code === 'string' ? `${b.error_code}: ${b.error_msg}` : b.error_msg;
    const e = b.error;
    if (e && typeof e === 'object' && typeof (e as Record<string, unknown>).message === 'string') return (e as Record<string, string>).message;
  }
  return undefined;
}

function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const secs = Number(header);
  return Number.isFinite(secs) && secs >= 0 ? secs * 1000 : undefined;
}

export class SignedClient {
  private readonly retry: RetryPolicy;
  private readonly fetchImpl: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: SignedClientOptions) {
    this.retry = options.retry ?? DEFAULT_RETRY;
    this.fetchImpl = options.fetch ?? fetch;
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  async get(url: URL): Promise<HttpAnswer> {
    let lastError: unknown;
    for (let attempt = 1; attempt <= this.retry.attempts; attempt++) {
      const backoff = Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** (attempt - 1));
      const signed = signRequest({ method: 'GET', url, headers: { Accept: 'application/json', ...this.options.headers } }, this.options.credentials);
      let res: Response;
      try {
        res = await this.fetchImpl(url, { method: 'GET', headers: signed.headers });
      } catch (e) {
        lastError = e;
        if (attempt < this.retry.attempts) await this.sleep(backoff);
        continue;
      }
      const text = await res.text();
      let body: unknown = undefined;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = text;
      }
      if (retryable(res.status) && attempt < this.retry.attempts) {
        await this.sleep(Math.min(this.retry.maxDelayMs, retryAfterMs(res.headers.get('retry-after')) ?? backoff));
        continue;
      }
      const message = res.ok ? undefined : (errorMessage(body) ?? `HTTP ${res.status} ${res.statusText}`.trim());
      return { status: res.status, body, attempts: attempt, ...(message !== undefined ? { message } : {}) };
    }
    const reason = lastError instanceof Error ? (lastError.cause instanceof Error ? lastError.cause.message : lastError.message) : String(lastError);
    throw new NetworkFailure(`${url.host} did not answer after ${this.retry.attempts} attempts: ${reason}`);
  }
}
