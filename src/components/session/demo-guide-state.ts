/**
 * Whether the demo guide (the six showcase users) is shown: until it is dismissed, remembered in
 * this browser; the Demo data page shows it again. One store for the shell and that page.
 */
import { useSyncExternalStore } from 'react';

const KEY = 'ma-console.demo-guide';
const listeners = new Set<() => void>();

function read(): boolean {
  try {
    return localStorage.getItem(KEY) !== 'hidden';
  } catch {
    return true;
  }
}

export function setDemoGuideShown(shown: boolean): void {
  try {
    if (shown) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, 'hidden');
  } catch {
    /* storage unavailable: the choice lasts until reload */
  }
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useDemoGuideShown(): boolean {
  return useSyncExternalStore(subscribe, read, () => true);
}
