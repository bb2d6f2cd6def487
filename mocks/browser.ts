/**
 * The mock backend in the browser: loads the persisted store from IndexedDB and answers the
 * console's requests in the page (`answer`, msw's getResponse over the same handlers), so the
 * console needs no service worker to start. The MSW service worker is registered too, in the
 * background, for requests made outside the console's API client (devtools, e2e helpers, the
 * `/__mock/` calls of scripts); `window.__mock` appears once it is active.
 * Every request goes through the shared store (store/shared-store.ts): a write runs alone among
 * the tabs, on the newest state, and is in IndexedDB before its reply; `window.__mock.flush()`
 * resolves once writes started so far are persisted.
 */
import { getResponse } from 'msw';
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

export interface MockBackend {
  shared: SharedStore;
  /** A fetch answered by the mock handlers in this page; what no handler takes goes to the network. */
  answer: (url: string, init: RequestInit) => Promise<Response>;
  /** Settles when the service worker is active (rejects if it cannot start). */
  worker: Promise<void>;
}

async function answer(url: string, init: RequestInit): Promise<Response> {
  const response = await getResponse(handlers, new Request(new URL(url, window.location.href), init));
  if (!response) return fetch(url, init);
  // HttpResponse.error() (the "offline" fault): fetch rejects when nothing answers.
  if (response.type === 'error') throw new TypeError('Failed to fetch');
  return response;
}

let started: Promise<MockBackend> | undefined;

export function startMockBackend(): Promise<MockBackend> {
  started ??= (async () => {
    const generation = await readGeneration().catch(() => 0);
    await loadPersisted(store);
    const shared = shareStore(store, browserStorage, generation);
    installSharedStore(shared);
    const worker = setupWorker(...handlers)
      .start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: '/mockServiceWorker.js' } })
      .then(() => {
        window.__mock = { flush: () => shared.flush() };
      });
    return { shared, answer, worker };
  })();
  return started;
}
