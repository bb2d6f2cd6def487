import { useSyncExternalStore } from 'react';
import { getSession, subscribeSession, type Session } from './session';

/** The signed-in persona, its rights and the current region project. */
export function useSession(): Session {
  return useSyncExternalStore(subscribeSession, getSession, getSession);
}
