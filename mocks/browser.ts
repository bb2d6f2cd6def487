/**
 * The mock backend in the browser: loads the persisted store from IndexedDB, then starts the MSW
 * service worker. Every request goes through the shared store (store/shared-store.ts): a write
 * runs alone among the tabs, on the newest state, and is in IndexedDB before its reply.
 * `window.__mock.flush()` resolves once writes started so far are persisted (for e2e).
 */
import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { store } from './store';
import { browserStorage } from './store/browser-storage';
import { loadPersisted, readGeneration } from './store/persistence';
import { installSharedStore, shareStore, type SharedStore } from './store/shared-store';

declare global {
  interface Window {
    __mock?: { flush: () => Promise<void> };
  }
}

let started: Promise<SharedStore> | undefined;

export function startMockBackend(): Promise<SharedStore> {
  started ??= (async () => {
    const generation = await readGeneration().catch(() => 0);
    await loadPersisted(store);
    const shared = shareStore(store, browserStorage, generation);
    installSharedStore(shared);
    const worker = setupWorker(...handlers);
    await worker.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: '/mockServiceWorker.js' } });
    window.__mock = { flush: () => shared.flush() };
    return shared;
  })();
  return started;
}
