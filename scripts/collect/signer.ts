/**
 * SDK-HMAC-SHA256, the AK/SK request signature of Huawei Cloud's API gateway, with Node's `crypto`.
 *
 *   CanonicalRequest = Method \n CanonicalURI \n CanonicalQueryString \n CanonicalHeaders \n
 *                      SignedHeaders \n hex(sha256(body))
 *   StringToSign     = "SDK-HMAC-SHA256" \n X-Sdk-Date \n hex(sha256(CanonicalRequest))
 *   Signature        = hex(hmac-sha256(SK, StringToSign))
 *   Authorization: SDK-HMAC-SHA256 Access=AK, SignedHeaders=a;b;c, Signature=…
 *
 * - CanonicalURI: every path segment percent-encoded (RFC 3986 unreserved characters kept), always
 *   ending in "/".
 * - CanonicalQueryString: `key=value` pairs encoded the same way, sorted by key, then value.
 * - SignedHeaders: the lower-cased names of the headers sent (host and x-sdk-date always; headers
 *   whose names contain "_" are left out, gateways drop them), sorted; CanonicalHeaders lists
 *   `name:trimmed value\n` for each.
 * The official SDKs' published vector is checked in signer.test.ts. The verifier (`verifySignature`)
 * recomputes the signature of a received request; the mock server uses it.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const ALGORITHM = 'SDK-HMAC-SHA256';
export const DATE_HEADER = 'X-Sdk-Date';
export const SECURITY_TOKEN_HEADER = 'X-Security-Token';

export interface Credentials {
  ak: string;
  sk: string;
  /** Temporary credentials carry a security token, sent (and signed) as X-Security-Token. */
  securityToken?: string;
}

export interface SignInput {
  method: string;
  url: string | URL;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

/** RFC 3986 encoding: everything but A-Z a-z 0-9 - _ . ~ as %XX (upper-case hex). */
export function escape(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export function canonicalUri(pathname: string): string {
  const path = pathname
    .split('/')
    .map((segment) => escape(decode(segment)))
    .join('/');
  return path.endsWith('/') ? path : `${path}/`;
}

export function canonicalQueryString(search: URLSearchParams): string {
  const pairs = [...search.entries()].map(([k, v]) => [escape(k), escape(v)] as const);
  pairs.sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  return pairs.map(([k, v]) => `${k}=${v}`).join('&');
}

/** The headers that get signed: lower-cased, no "_" in the name, sorted. */
export function signedHeaderNames(headers: Record<string, string>): string[] {
  return Object.keys(headers)
    .map((h) => h.toLowerCase())
    .filter((h) => !h.includes('_'))
    .sort();
}

function lowerCaseHeaders(headers: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}

export function canonicalHeaders(headers: Record<string, string>, signed: readonly string[]): string {
  const lower = lowerCaseHeaders(headers);
  return signed.map((h) => `${h}:${(lower.get(h) ?? '').trim()}\n`).join('');
}

export const sha256Hex = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

export function canonicalRequest(method: string, url: URL, headers: Record<string, string>, signed: readonly string[], body: string | Uint8Array = ''): string {
  return [
    method.toUpperCase(),
    canonicalUri(url.pathname),
    canonicalQueryString(url.searchParams),
    canonicalHeaders(headers, signed),
    signed.join(';'),
    sha256Hex(body),
  ].join('\n');
}

export function stringToSign(canonical: string, sdkDate: string): string {
  return `${ALGORITHM}\n${sdkDate}\n${sha256Hex(canonical)}`;
}

export const signature = (toSign: string, sk: string): string => createHmac('sha256', sk).update(toSign).digest('hex');

/** `20191115T033655Z` */
export function formatSdkDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** The instant an X-Sdk-Date names, or null when it is not `yyyyMMddTHHmmssZ`. */
export function parseSdkDate(value: string): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return Number.isNaN(date.getTime()) ? null : date;
}

function getHeader(headers: Record<string, string>, name: string): string | undefined {
  return lowerCaseHeaders(headers).get(name.toLowerCase());
}

export interface Signed {
  /** Every header to send: the caller's, plus Host, X-Sdk-Date, X-Security-Token and Authorization. */
  headers: Record<string, string>;
  canonicalRequest: string;
  stringToSign: string;
  signature: string;
}

/**
 * Signs a request. An `X-Sdk-Date` among `headers` is kept (reproducible signatures); otherwise
 * `now` gives it.
 */
export function signRequest(input: SignInput, credentials: Credentials, now: Date = new Date()): Signed {
  const url = new URL(input.url);
  const headers: Record<string, string> = { ...input.headers };
  if (getHeader(headers, 'host') === undefined) headers.Host = url.host;
  let sdkDate = getHeader(headers, DATE_HEADER);
  if (sdkDate === undefined || parseSdkDate(sdkDate) === null) {
    for (const k of Object.keys(headers)) if (k.toLowerCase() === DATE_HEADER.toLowerCase()) delete headers[k];
    sdkDate = formatSdkDate(now);
    headers[DATE_HEADER] = sdkDate;
  }
  if (credentials.securityToken) headers[SECURITY_TOKEN_HEADER] = credentials.securityToken;
  const signed = signedHeaderNames(headers);
  const canonical = canonicalRequest(input.method, url, headers, signed, input.body);
  const toSign = stringToSign(canonical, sdkDate);
  const sig = signature(toSign, credentials.sk);
  headers.Authorization = `${ALGORITHM} Access=${credentials.ak}, SignedHeaders=${signed.join(';')}, Signature=${sig}`;
  return { headers, canonicalRequest: canonical, stringToSign: toSign, signature: sig };
}

export interface ParsedAuthorization {
  access: string;
  signedHeaders: string[];
  signature: string;
}

/** Reads `SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…`, or null. */
export function parseAuthorization(value: string): ParsedAuthorization | null {
  const m = /^SDK-HMAC-SHA256\s+Access=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]{64})$/.exec(value.trim());
  if (!m) return null;
  return { access: m[1]!, signedHeaders: m[2]!.split(';'), signature: m[3]! };
}

export type VerifyResult =
  | { ok: true }
  | { ok: false; reason: 'missing' | 'malformed' | 'unknown-key' | 'date' | 'expired' | 'unsigned-host' | 'signature'; message: string };

/** How far X-Sdk-Date may be from the server's clock (the gateway allows 15 minutes). */
export const MAX_CLOCK_SKEW_MS = 15 * 60_000;

/**
 * Recomputes the signature of a received request (the headers as received, the body as bytes) for
 * the one known credential.
 */
export function verifySignature(
  input: { method: string; url: string | URL; headers: Record<string, string>; body?: string | Uint8Array },
  credentials: Pick<Credentials, 'ak' | 'sk'>,
  now: Date = new Date(),
): VerifyResult {
  const auth = getHeader(input.headers, 'authorization');
  if (!auth) return { ok: false, reason: 'missing', message: 'The request is not signed: no Authorization header (SDK-HMAC-SHA256).' };
  const parsed = parseAuthorization(auth);
  if (!parsed) return { ok: false, reason: 'malformed', message: 'The Authorization header is not an SDK-HMAC-SHA256 signature.' };
  if (parsed.access !== credentials.ak) return { ok: false, reason: 'unknown-key', message: `The access key ${parsed.access} is not known.` };
  const sdkDate = getHeader(input.headers, DATE_HEADER);
  const date = sdkDate === undefined ? null : parseSdkDate(sdkDate);
  if (!date || sdkDate === undefined) return { ok: false, reason: 'date', message: 'The request has no valid X-Sdk-Date header (yyyyMMddTHHmmssZ, UTC).' };
  if (Math.abs(now.getTime() - date.getTime()) > MAX_CLOCK_SKEW_MS)
    return { ok: false, reason: 'expired', message: `X-Sdk-Date ${sdkDate} is more than 15 minutes from the server's clock.` };
  if (!parsed.signedHeaders.includes('host') || !parsed.signedHeaders.includes('x-sdk-date'))
    return { ok: false, reason: 'unsigned-host', message: 'SignedHeaders must include host and x-sdk-date.' };
  const canonical = canonicalRequest(input.method, new URL(input.url), input.headers, parsed.signedHeaders, input.body);
  const expected = signature(stringToSign(canonical, sdkDate), credentials.sk);
  const same = expected.length === parsed.signature.length && timingSafeEqual(Buffer.from(expected), Buffer.from(parsed.signature));
  return same ? { ok: true } : { ok: false, reason: 'signature', message: 'The request signature does not match: check the secret key.' };
}
