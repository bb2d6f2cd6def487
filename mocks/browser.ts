/**
 * The mock backend in the browser: loads the persisted store from IndexedDB, then starts the MSW
 * service worker. Mutations are written back (debounced) under one versioned key.
 * `window.__mock.flush()` resolves once pending writes are in IndexedDB (for e2e before a reload).
 */
import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { store } from './store';
import { loadPersisted, persistChanges, type Persistence } from './store/persistence';
import { syncTabs } from './tab-sync';

declare global {
  interface Window {
    __mock?: { flush: () => Promise<void> };
  }
}

let started: Promise<Persistence> | undefined;

export function startMockBackend(): Promise<Persistence> {
  started ??= (async () => {
    await loadPersisted(store);
    const persistence = persistChanges(store);
    syncTabs(store);
    const worker = setupWorker(...handlers);
    await worker.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: '/mockServiceWorker.js' } });
    window.__mock = { flush: () => persistence.flush() };
    return persistence;
  })();
  return started;
}
