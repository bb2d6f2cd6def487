/* eslint-disable @typescript-eslint/no-explicit-any -- test replies are inspected loosely */
/** Test helpers for the mock backend: sign in as a persona and call the API with relative paths. */
import { expect } from 'vitest';
import { z } from 'zod/mini';

export interface Reply<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface CallOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  token?: string | null;
  headers?: Record<string, string>;
}

/** Signs in by user name (the account name = root) and returns the X-Subject-Token. */
export async function signIn(name = 'acme'): Promise<string> {
  const res = await fetch('/v3/auth/tokens', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ auth: { identity: { methods: ['password'], password: { user: { name } } } } }),
  });
  expect(res.status).toBe(201);
  const token = res.headers.get('X-Subject-Token');
  expect(token).toBeTruthy();
  return token!;
}

/** fetch with the token and JSON body; returns status, parsed body (null when empty) and headers. */
export async function call<T = any>(path: string, options: CallOptions = {}): Promise<Reply<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers['X-Auth-Token'] = options.token;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(path, {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T, headers: res.headers };
}

/** `call` signed in as the account (root): `/__mock/*` is for administrators only. */
export async function adminCall<T = any>(path: string, options: CallOptions = {}): Promise<Reply<T>> {
  return call<T>(path, { ...options, token: await signIn('acme') });
}

/** A client bound to one persona. */
export async function as(name = 'acme') {
  const token = await signIn(name);
  return {
    token,
    get: <T = any>(path: string) => call<T>(path, { token }),
    post: <T = any>(path: string, body?: unknown) => call<T>(path, { method: 'POST', body: body ?? {}, token }),
    put: <T = any>(path: string, body?: unknown, headers?: Record<string, string>) => call<T>(path, { method: 'PUT', ...(body !== undefined ? { body } : {}), token, ...(headers ? { headers } : {}) }),
    patch: <T = any>(path: string, body?: unknown) => call<T>(path, { method: 'PATCH', body: body ?? {}, token }),
    del: <T = any>(path: string) => call<T>(path, { method: 'DELETE', token }),
  };
}

/** Asserts a body matches a contract schema exactly as the client would parse it. */
export function expectSchema<S extends z.core.$ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = z.safeParse(schema, body);
  if (!parsed.success) throw new Error(`Response does not match the contract: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
  return parsed.data;
}

/** ModelArts error shape with this code. */
export function expectMaError(reply: Reply, status: number, code: string): void {
  expect(reply.status).toBe(status);
  expect(reply.body).toMatchObject({ error_code: code });
  expect(typeof reply.body.error_msg).toBe('string');
}

/** IAM error shape with this status. */
export function expectIamError(reply: Reply, status: number): void {
  expect(reply.status).toBe(status);
  expect(reply.body).toMatchObject({ error: { code: status } });
  expect(typeof reply.body.error.title).toBe('string');
  expect(typeof reply.body.error.message).toBe('string');
}
