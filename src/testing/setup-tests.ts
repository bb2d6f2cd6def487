// Vitest setup: jest-dom matchers, the jsdom shims Mantine needs (docs/architecture.md "Stack facts"), and the mock backend
// (msw/node): every test talks to the real handlers; unhandled requests fail the test; the store
// and faults go back to the seed after each test.
// The jsdom project shares one module graph and window between the files of a worker
// (`isolate: false` in vite.config.ts: each file no longer pays for a new window, msw, i18n and
// Mantine), so after each test everything a test can leave behind goes: rendered trees, storage,
// the language.
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/dom';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { resetMockBackend, server } from '@mocks/node';

// find* / waitFor wait for a state, not a time: their ceiling only decides when a missing element
// is reported. One second (the default) fails healthy tests on a loaded 2-core machine, where a
// lazy dialog's module can take longer to transform, and `npm test` runs the unit tests beside
// typecheck and lint (scripts/test.mjs): five seconds failed one under a load of 15.
configure({ asyncUtilTimeout: 15_000 });

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  // Feature namespaces are lazy chunks in the app; tests get them all up front, and the
  // confirmation dialogs' code (src/components/feedback/confirm.tsx), so that a test's first
  // confirmation does not wait for its module transform.
  if (typeof window !== 'undefined') await Promise.all([(await import('@/i18n')).loadAllNamespaces(), import('@mantine/modals')]);
});
afterEach(async () => {
  server.resetHandlers();
  resetMockBackend();
  // Files with `@vitest-environment node` have no window.
  if (typeof window === 'undefined') return;
  // Vitest runs without globals, so Testing Library cannot clean up by itself.
  cleanup();
  const { notifications } = await import('@mantine/notifications');
  notifications.clean();
  localStorage.clear();
  sessionStorage.clear();
  const { i18n } = await import('@/i18n');
  if (i18n.language !== 'en') await i18n.changeLanguage('en');
});
afterAll(() => server.close());

if (typeof window !== 'undefined') {
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia;
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  window.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
  Element.prototype.scrollIntoView ??= () => {};
}
