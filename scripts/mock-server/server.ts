/**
 * The console's mock backend over HTTP (`npm run mock-server`): the same MSW handlers and seed the
 * browser uses (mocks/handlers), answered through msw's `getResponse` — no service worker, no extra
 * dependency. Every call must carry an SDK-HMAC-SHA256 signature made with the one credential the
 * server was started with (scripts/collect/signer.ts verifies it; an unsigned `/__mock/*` call
 * reaches the handlers as a signed-out caller, for the demo reset); anything else is a 401 in Huawei's shape (IAM paths: the IAM error body; ModelArts paths: the API gateway's
 * `APIGW.0301`, as the real gateway answers).
 *
 * Persona: the handlers authenticate with tokens (`X-Auth-Token`, mocks/auth.ts). A request whose
 * signature verifies is handed to them with a token of the credential's owner: the account (root
 * user) by default, or the IAM user named by `user` — as on Huawei Cloud, where an access key
 * belongs to one user and acts with that user's permissions.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { getResponse } from 'msw';
import { isIamPath } from '@/api/paths';
import { issueToken, TOKEN_HEADER } from '@mocks/auth';
import { handlers } from '@mocks/handlers';
import { store } from '@mocks/store';
import type { UserRec } from '@mocks/store/types';
import { verifySignature, type VerifyResult } from '../collect/signer';

export interface MockServerOptions {
  ak: string;
  sk: string;
  /** The IAM user the access key belongs to; undefined = the account (root user). */
  user?: string;
  /** The server's clock for X-Sdk-Date checks (tests). */
  now?: () => Date;
  /** Called once per answered request (the CLI logs them). */
  onRequest?: (line: { method: string; path: string; status: number }) => void;
}

export function unauthorized(pathname: string, failure: Extract<VerifyResult, { ok: false }>): Response {
  const message = `Incorrect IAM authentication information: ${failure.message}`;
  const body = isIamPath(pathname)
    ? { error: { code: 401, title: 'Unauthorized', message } }
    : { error_code: 'APIGW.0301', error_msg: message };
  return Response.json(body, { status: 401 });
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function headersOf(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

async function writeResponse(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((v, k) => (headers[k] = v));
  res.writeHead(response.status, headers);
  res.end(Buffer.from(await response.arrayBuffer()));
}

export function createMockServer(options: MockServerOptions): Server {
  const now = options.now ?? (() => new Date());
  let token: string | null = null;

  /** The credential owner's token, re-issued if an import or reset removed it. */
  const personaToken = (): string | Response => {
    const d = store.state.domain;
    const user: UserRec | undefined = options.user === undefined || options.user === d.name ? store.rootUser() : store.userByName(options.user);
    if (!user || !user.enabled) {
      return Response.json({ error: { code: 401, title: 'Unauthorized', message: `Incorrect IAM authentication information: the owner of access key ${options.ak} ("${options.user}") no longer exists or is disabled.` } }, { status: 401 });
    }
    if (token === null || store.tokens.get(token) !== user.id) token = issueToken(user);
    return token;
  };

  /**
   * GET /v3.0/OS-CREDENTIAL/credentials/{access_key} (IAM ShowPermanentAccessKey) for the server's
   * own key: access keys live in this server, not in the store, so it answers this one itself.
   */
  const ownCredential = (pathname: string): Response | undefined => {
    const m = /^\/v3\.0\/OS-CREDENTIAL\/credentials\/([^/]+)$/.exec(pathname);
    if (!m) return undefined;
    const userId = token === null ? undefined : store.tokens.get(token);
    if (decodeURIComponent(m[1]!) !== options.ak || userId === undefined) {
      return Response.json({ error: { code: 404, title: 'Not Found', message: 'Could not find the access key.' } }, { status: 404 });
    }
    return Response.json({ credential: { user_id: userId, access: options.ak, status: 'active', description: '' } });
  };

  const answer = async (req: IncomingMessage): Promise<Response> => {
    const host = req.headers.host ?? '127.0.0.1';
    const url = new URL(req.url ?? '/', `http://${host}`);
    const method = (req.method ?? 'GET').toUpperCase();
    const body = await readBody(req);
    const headers = headersOf(req);
    // The console-only tools (`/__mock/*`) decide for themselves: unsigned, they see a signed-out
    // caller (only the demo reset answers); signed, the key's owner like every other call.
    const unsignedTool = url.pathname.startsWith('/__mock/') && headers.authorization === undefined;
    if (!unsignedTool) {
      const verdict = verifySignature({ method, url, headers, body }, options, now());
      if (!verdict.ok) return unauthorized(url.pathname, verdict);
      const t = personaToken();
      if (typeof t !== 'string') return t;
      headers[TOKEN_HEADER.toLowerCase()] = t;
      const own = ownCredential(url.pathname);
      if (own) return own;
    }
    const request = new Request(url, { method, headers, ...(body.length > 0 && method !== 'GET' && method !== 'HEAD' ? { body: new Uint8Array(body) } : {}) });
    const response = await getResponse(handlers, request, { baseUrl: url.origin });
    if (response) return response;
    const notFound = `No such API: ${method} ${url.pathname}`;
    return Response.json(isIamPath(url.pathname) ? { error: { code: 404, title: 'Not Found', message: notFound } } : { error_code: 'APIGW.0101', error_msg: notFound }, { status: 404 });
  };

  return createServer((req, res) => {
    answer(req)
      .then(async (response) => {
        options.onRequest?.({ method: req.method ?? 'GET', path: req.url ?? '/', status: response.status });
        await writeResponse(res, response);
      })
      .catch((e: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error_code: 'ModelArts.7001', error_msg: `Mock server error: ${e instanceof Error ? e.message : String(e)}` }));
      });
  });
}
