/**
 * "Signed in as <name>": a menu of personas — the account first, then IAM users (first 50 and a
 * search box when there are more), each marked administrator or not. A persona that may not list
 * users (403) still sees the account and itself (persona-menu-dropdown.tsx).
 * The menu loads after the first paint; its button stands in until then and opens it once loaded.
 */
import { useRef, useState } from 'react';
import { deferred } from '@/components/deferred/deferred';
import { PersonaButton } from './persona-button';

const menu = deferred(() => import('./persona-menu-dropdown'));
export const preloadPersonaMenu = menu.preload;

export function PersonaMenu() {
  const standIn = useRef<HTMLButtonElement>(null);
  const { module, hadFocus } = menu.useLoaded(standIn);
  // A press or click on the stand-in (also one that lands while the menu arrives) opens the menu.
  const [openRequests, setOpenRequests] = useState(0);
  const request = () => setOpenRequests((n) => n + 1);
  if (module) return <module.PersonaMenuDropdown openRequests={openRequests} autoFocus={hadFocus} />;
  return <PersonaButton ref={standIn} aria-haspopup="menu" aria-expanded={false} onPointerDown={request} onClick={request} />;
}
