/**
 * Sign-in: `POST /v3/auth/tokens` for a persona (null = the account's root user), then the
 * session store (src/api/session.ts) holds the token, the user and their rights.
 */
import { ApiError, send } from '@/api/client';
import { tokenResponseSchema, type TokenRequest } from '@/api/contracts/iam';
import { buildPath } from '@/api/paths';
import { getSession, setSession } from '@/api/session';
import { rememberAccountName, storedAccountName } from '@/components/session/account';

export interface SignedIn {
  userName: string;
  isAdmin: boolean;
  isRoot: boolean;
}

/** Signs in as `userName` (null = the account) and updates the session. */
export async function signIn(userName: string | null): Promise<SignedIn> {
  const accountName = storedAccountName();
  const name = userName ?? accountName;
  const body: TokenRequest = {
    auth: { identity: { methods: ['password'], password: { user: { name, domain: { name: accountName } } } } },
  };
  const res = await send(buildPath('tokens'), { method: 'POST', body });
  const token = res.headers.get('X-Subject-Token');
  const parsed = tokenResponseSchema.safeParse(await res.json().catch(() => null));
  if (!token || !parsed.success) throw new ApiError(res.status, 'contract', 'The sign-in answer had no token.');
  const t = parsed.data.token;
  rememberAccountName(t.user.domain.name);
  setSession({
    token,
    userId: t.user.id,
    userName: t.is_root ? null : t.user.name,
    domainId: t.user.domain.id,
    domainName: t.user.domain.name,
    isRoot: t.is_root,
    isAdmin: t.is_admin,
    projectId: getSession().projectId,
  });
  return { userName: t.user.name, isAdmin: t.is_admin, isRoot: t.is_root };
}

/** The name shown in "Signed in as <name>". */
export function displayName(session: { userName: string | null; domainName: string | null }): string {
  return session.userName ?? session.domainName ?? storedAccountName();
}
