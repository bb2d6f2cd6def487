/**
 * Authentication and authorization of mock calls (docs/api.md "Authentication", "Authorization of calls").
 * - `POST /v3/auth/tokens` signs a user in by name (the account name signs in as root); the token
 *   (`tok-<userId>-<random>`) is kept in the store, so persona tokens survive reloads.
 * - `withAuth(access, resolver)` wraps every other handler: faults, token (401 ModelArts.0201 /
 *   0203, IAM shape on IAM paths), project check, then the access rule — "admin" (root or group
 *   `admin`), "signed-in" (shell look-ups), or an IAM action the engine's `evaluateAccess` must
 *   allow for the caller (403 with `explanation` = the engine's result).
 */
import { http, HttpResponse, type PathParams } from 'msw';
import { tokenRequestSchema, type TokenResponse } from '@/api/contracts/iam';
import { patterns } from '@/api/paths';
import { evaluateAccess } from './engine';
import { applyFaults } from './faults';
import { familyOf, HttpError, MA, readBody, toErrorResponse, type Family } from './http';
import { store } from './store';
import { randomHex } from './store/ids';
import { sharedStore } from './store/shared-store';
import type { UserRec } from './store/types';

export interface Caller {
  user: UserRec;
  id: string;
  name: string;
  isRoot: boolean;
  isAdmin: boolean;
}

export interface Ctx {
  request: Request;
  url: URL;
  params: Record<string, string>;
  caller: Caller;
  family: Family;
}

export type Resolver = (ctx: Ctx) => Response | Promise<Response>;

/** An IAM action checked with the engine, optionally open in some cases. */
export interface AccessRule {
  /** The action, or null for "open to every signed-in user" in this request. */
  action: string | ((ctx: Ctx) => string | null);
  /** The workspace / enterprise project the action is about (engine layers 2 and 4). */
  scope?: (ctx: Ctx) => AccessScope | Promise<AccessScope>;
  /** Runs before the access check (e.g. 404 for a missing workspace, which the engine would deny). */
  before?: (ctx: Ctx) => void;
}

export interface AccessScope {
  workspaceId?: string;
  enterpriseProjectId?: string;
}

export type Access = 'signed-in' | 'admin' | string | AccessRule;

type MswInfo = { request: Request; params: PathParams };

/** Applies injected faults, then runs `resolver`, rendering thrown HttpErrors. */
export function withFaults(resolver: (info: MswInfo) => Response | Promise<Response>) {
  return async (info: MswInfo): Promise<Response> => {
    const fault = await applyFaults(info.request);
    if (fault) return fault;
    // Writes run alone among the tabs, on the newest state, and are durable before the reply.
    return sharedStore().run(info.request.method, async () => {
      try {
        return await resolver(info);
      } catch (e) {
        return toErrorResponse(familyOf(new URL(info.request.url)), e);
      }
    });
  };
}

export const TOKEN_HEADER = 'X-Auth-Token';

/** The caller of a request, or an HttpError 401. */
export function authenticate(request: Request): Caller {
  const token = request.headers.get(TOKEN_HEADER);
  if (!token) throw new HttpError(401, MA.tokenMissing, 'The request has no X-Auth-Token: sign in first (POST /v3/auth/tokens).');
  const userId = store.tokens.get(token);
  const user = userId === undefined ? undefined : store.state.users.get(userId);
  if (!user || !user.enabled) throw new HttpError(401, MA.tokenInvalid, 'The token is invalid or has expired: sign in again.');
  return callerOf(user);
}

export function callerOf(user: UserRec): Caller {
  return { user, id: user.id, name: user.name, isRoot: user.root, isAdmin: store.isAdmin(user) };
}

function stringParams(params: PathParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) if (typeof v === 'string') out[k] = v;
  return out;
}

const ADMIN_EXPLANATION = {
  rule: 'admin',
  explanation: ['Only the account (root user) or a member of the admin group (IAM Security Administrator) may call this API.'],
};

export function forbidden(action: string, explanation: unknown): HttpError {
  return new HttpError(403, MA.forbidden, `not authorized to perform (${action})`, { explanation });
}

/** Throws 403 unless the engine allows the caller `action` (project from the path, workspace / EP from the rule). */
export function authorize(ctx: Ctx, action: string, scope: AccessScope = {}): void {
  const result = evaluateAccess(store.toEngineSnapshot(), {
    user: ctx.caller.id,
    action,
    ...(ctx.params.projectId ? { projectId: ctx.params.projectId } : {}),
    ...(scope.workspaceId !== undefined ? { workspaceId: scope.workspaceId } : {}),
    ...(scope.enterpriseProjectId !== undefined ? { enterpriseProjectId: scope.enterpriseProjectId } : {}),
  });
  if (result.decision !== 'allow') throw forbidden(action, result);
}

/** Wraps a handler with faults, authentication and its access rule. */
export function withAuth(access: Access, resolver: Resolver) {
  return withFaults(async ({ request, params }) => {
    const url = new URL(request.url);
    const family = familyOf(url);
    const caller = authenticate(request);
    store.purgeDeletedWorkspaces();
    const ctx: Ctx = { request, url, params: stringParams(params), caller, family };
    const projectId = ctx.params.projectId;
    if (projectId !== undefined && !store.state.projects.some((p) => p.id === projectId)) {
      throw family === 'iam'
        ? new HttpError(404, MA.invalidParameter, `Could not find project: ${projectId}.`)
        : new HttpError(400, MA.invalidParameter, `Invalid parameter "project_id": project ${projectId} does not exist.`);
    }
    if (access === 'admin') {
      if (!caller.isAdmin) throw forbidden('admin', ADMIN_EXPLANATION);
    } else if (access !== 'signed-in') {
      const rule: AccessRule = typeof access === 'string' ? { action: access } : access;
      rule.before?.(ctx);
      const action = typeof rule.action === 'function' ? rule.action(ctx) : rule.action;
      if (action !== null) authorize(ctx, action, rule.scope ? await rule.scope(ctx) : {});
    }
    return resolver(ctx);
  });
}

// ---------- POST /v3/auth/tokens ----------
const TOKEN_TTL_MS = 24 * 3600_000;

export function issueToken(user: UserRec): string {
  const token = `tok-${user.id}-${randomHex(24)}`;
  store.tokens.set(token, user.id);
  store.notify();
  return token;
}

export const authHandlers = [
  http.post(
    patterns.tokens,
    withFaults(async ({ request }) => {
      const body = await readBody(request, tokenRequestSchema);
      const { name, domain } = body.auth.identity.password.user;
      const d = store.state.domain;
      if (domain && domain.name !== d.name) throw new HttpError(401, MA.tokenInvalid, `Unknown account "${domain.name}".`);
      const user = name === d.name ? store.rootUser() : store.userByName(name);
      if (!user) throw new HttpError(401, MA.tokenInvalid, `The user name "${name}" is not known in account ${d.name}.`);
      if (!user.enabled) throw new HttpError(401, MA.tokenInvalid, `The user "${name}" is disabled.`);
      const token = issueToken(user);
      const caller = callerOf(user);
      const reply: TokenResponse = {
        token: {
          expires_at: new Date(store.now() + TOKEN_TTL_MS).toISOString(),
          user: { id: user.id, name: user.name, domain: { id: d.id, name: d.name } },
          is_admin: caller.isAdmin,
          is_root: caller.isRoot,
        },
      };
      return HttpResponse.json(reply, { status: 201, headers: { 'X-Subject-Token': token } });
    }),
  ),
];
