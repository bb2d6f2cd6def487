/**
 * Test helper: signs in against the mock backend (msw/node, started by setup-tests.ts) and calls it
 * as that persona.
 */
import { setSession } from '@/api/session';

let token = '';

export async function call(path: string, init: { method?: string; body?: unknown } = {}): Promise<Response> {
  return fetch(path, {
    method: init.method ?? 'GET',
    headers: { 'Content-Type': 'application/json', ...(token ? { 'X-Auth-Token': token } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

export async function signIn(name: string): Promise<void> {
  token = '';
  const res = await call('/v3/auth/tokens', { method: 'POST', body: { auth: { identity: { methods: ['password'], password: { user: { name } } } } } });
  token = res.headers.get('X-Subject-Token') ?? '';
  const body = (await res.json()) as { token: { user: { id: string; domain: { id: string; name: string } }; is_admin: boolean; is_root: boolean } };
  setSession({
    token,
    userId: body.token.user.id,
    userName: body.token.is_root ? null : name,
    domainId: body.token.user.domain.id,
    domainName: body.token.user.domain.name,
    isAdmin: body.token.is_admin,
    isRoot: body.token.is_root,
    projectId: 'p-cn-north-4',
  });
}

/** Calls without a token from now on (until the next signIn). */
export function signOut(): void {
  token = '';
}
