/**
 * Who is signed in and where: the token, the persona, the region project. A framework-free store
 * (subscribe / getSnapshot) so the client, React and tests share it. The persona's name and the
 * region survive reloads (localStorage); the token is re-issued at start-up.
 */
import { configureClient } from './client';

export const DEFAULT_PROJECT_ID = 'p-cn-north-4';
const STORAGE_KEY = 'ma-console.session';

export interface Session {
  /** null until the sign-in at start-up has answered. */
  token: string | null;
  userId: string | null;
  /** The persona's user name; null = the account (root). */
  userName: string | null;
  domainId: string | null;
  domainName: string | null;
  isRoot: boolean;
  isAdmin: boolean;
  /** The current region project (header region selector). */
  projectId: string;
}

function load(): Pick<Session, 'userName' | 'projectId'> {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (raw) {
      const v = JSON.parse(raw) as Partial<Session>;
      return {
        userName: typeof v.userName === 'string' ? v.userName : null,
        projectId: typeof v.projectId === 'string' ? v.projectId : DEFAULT_PROJECT_ID,
      };
    }
  } catch {
    /* storage unavailable or corrupt: defaults */
  }
  return { userName: null, projectId: DEFAULT_PROJECT_ID };
}

let session: Session = {
  token: null,
  userId: null,
  domainId: null,
  domainName: null,
  isRoot: false,
  isAdmin: false,
  ...load(),
};
const listeners = new Set<() => void>();

export function getSession(): Session {
  return session;
}

export function setSession(patch: Partial<Session>): void {
  session = { ...session, ...patch };
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify({ userName: session.userName, projectId: session.projectId }));
  } catch {
    /* storage unavailable */
  }
  for (const l of listeners) l();
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

configureClient({ getToken: () => session.token });
