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
    /** Set by `npm run bench:ui` (scripts/bench/ui-analyzer.mjs): every URL the page's transport answers is pushed here. */
    __mockRequests?: string[];
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
  window.__mockRequests?.push(url);
  const response = await getResponse(handlers, new Request(new URL(url, window.location.href), init));
  if (!response) return fetch(url, init);
  // HttpResponse.error() (the "offline" fault): fetch rejects when nothing answers.
  if (response.type === 'error') throw new TypeError('Failed to fetch');
  return response;
}

/**
 * msw's start() calls `registration.update()` on an existing registration and drops the promise.
 * When that check fails (Chrome rejects with "Not found" if the page navigates or the registration
 * changes mid-check) the rejection surfaced as an uncaught error, although the active worker keeps
 * serving. A handler is attached here; whoever awaits update() still sees its rejection.
 */
export function tolerateFailedWorkerUpdates(
  prototype = globalThis.ServiceWorkerRegistration?.prototype as (ServiceWorkerRegistration & { __tolerant?: true }) | undefined,
): void {
  if (!prototype || prototype.__tolerant) return;
  const update = prototype.update;
  prototype.update = function (this: ServiceWorkerRegistration) {
    const pending = update.call(this);
    pending.catch((error: unknown) => console.warn('[mock] the service worker update check failed; the active worker keeps serving', error));
    return pending;
  };
  prototype.__tolerant = true;
}

let started: Promise<MockBackend> | undefined;

export function startMockBackend(): Promise<MockBackend> {
  started ??= (async () => {
    const generation = await readGeneration().catch(() => 0);
    await loadPersisted(store);
    const shared = shareStore(store, browserStorage, generation);
    installSharedStore(shared);
    tolerateFailedWorkerUpdates();
    const worker = setupWorker(...handlers)
      .start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: '/mockServiceWorker.js' } })
      .then(() => {
        window.__mock = { flush: () => shared.flush() };
      });
    return { shared, answer, worker };
  })();
  return started;
}
