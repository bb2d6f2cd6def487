/**
 * A tiny fetch stub for component tests that must not depend on the mock backend:
 *   const calls = stubFetch({ 'GET /v3/users': () => json({users: []}) });
 * Unmatched requests answer 404 and are recorded. Restore with `vi.restoreAllMocks()`.
 */
import { vi } from 'vitest';

export type StubHandler = (req: { url: URL; method: string; body: unknown; headers: Headers }) => Response | Promise<Response>;

export function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' }, ...init });
}

export interface StubCall {
  method: string;
  path: string;
  search: string;
  body: unknown;
}

/** Keys are "METHOD /path" (exact pathname) or "METHOD /prefix*". */
export function stubFetch(routes: Record<string, StubHandler>): StubCall[] {
  const calls: StubCall[] = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
    const raw = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const url = new URL(raw, 'http://localhost');
    const method = (init?.method ?? 'GET').toUpperCase();
    let body: unknown = undefined;
    if (typeof init?.body === 'string') {
      try {
        body = JSON.parse(init.body);
      } catch {
        body = init.body;
      }
    }
    calls.push({ method, path: url.pathname, search: url.search, body });
    for (const [key, handler] of Object.entries(routes)) {
      const [m, p] = key.split(' ') as [string, string];
      if (m !== method) continue;
      const match = p.endsWith('*') ? url.pathname.startsWith(p.slice(0, -1)) : url.pathname === p;
      if (match) return handler({ url, method, body, headers: new Headers(init?.headers) });
    }
    return json({ error_code: 'ModelArts.0000', error_msg: `no stub for ${method} ${url.pathname}` }, { status: 404 });
  });
  return calls;
}
