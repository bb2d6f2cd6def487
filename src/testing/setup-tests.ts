// Vitest setup: jest-dom matchers, the jsdom shims Mantine needs (docs/architecture.md "Stack facts"), and the mock backend
// (msw/node): every test talks to the real handlers; unhandled requests fail the test; the store
// and faults go back to the seed after each test.
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/dom';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { resetMockBackend, server } from '@mocks/node';

// find* / waitFor wait for a state, not a time: their ceiling only decides when a missing element
// is reported. One second (the default) fails healthy tests on a loaded 2-core machine, where a
// lazy dialog's module can take longer to transform.
configure({ asyncUtilTimeout: 5000 });

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  // Feature namespaces are lazy chunks in the app; tests get them all up front, and the
  // confirmation dialogs' code (src/components/feedback/confirm.tsx), so that a test's first
  // confirmation does not wait for its module transform.
  if (typeof window !== 'undefined') await Promise.all([(await import('@/i18n')).loadAllNamespaces(), import('@mantine/modals')]);
});
afterEach(() => {
  server.resetHandlers();
  resetMockBackend();
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
