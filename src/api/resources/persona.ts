/**
 * The persona part of every query key. Keys are rooted at `[resource, persona]`
 * (docs/architecture.md "Server state"): a persona switch never reuses another persona's answers,
 * and invalidating `[resource]` refreshes the resource for every persona at once.
 */
import type { Session } from '../session';
import { useSession } from '../use-session';

export type Persona = string;

export function personaKey(session: Pick<Session, 'userId' | 'userName'>): Persona {
  return session.userId ?? session.userName ?? 'root';
}

/** What a resource hook needs from the session: who asks, where, and whether a token exists yet. */
export interface ApiScope {
  persona: Persona;
  projectId: string;
  domainId: string | null;
  domain: { id: string; name: string };
  /** Signed in: queries may run. */
  ready: boolean;
}

export function toApiScope(session: Session): ApiScope {
  return {
    persona: personaKey(session),
    projectId: session.projectId,
    domainId: session.domainId,
    domain: { id: session.domainId ?? '', name: session.domainName ?? '' },
    ready: !!session.token,
  };
}

export function useApiScope(): ApiScope {
  return toApiScope(useSession());
}
