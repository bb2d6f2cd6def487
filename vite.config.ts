/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type HtmlTagDescriptor, type Plugin } from 'vite';

const r = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * Cold start: the mock backend's chunks (every page needs it before its first data) start
 * downloading with the entry, as <link rel="modulepreload">, instead of after the entry has run.
 */
function preloadMockBackend(): Plugin {
  return {
    name: 'preload-mock-backend',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return [];
        const files = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = bundle[fileName];
          if (files.has(fileName) || chunk?.type !== 'chunk' || chunk.isEntry) return;
          files.add(fileName);
          chunk.imports.forEach(visit);
        };
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk' && chunk.facadeModuleId?.endsWith('/mocks/browser.ts')) visit(chunk.fileName);
        }
        return [...files].map((file): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` }, injectTo: 'head' }));
      },
    },
  };
}

/** Unit tests that run in Node's environment (no jsdom). */
const NODE_TESTS = ['src/iam/**/*.test.ts', 'scripts/**/*.test.ts'];
const DOM_TESTS = ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'];
/**
 * Tests that need a module graph of their own: a first use that loads code lazily (a dialog, a
 * Select, the notifications container), and a file that replaces a module with `vi.mock` (in the
 * shared graph, a file that imported the real module first would keep it: store.test.ts then met
 * the real idb-keyval, "indexedDB is not defined", depending on the order of files).
 */
const ISOLATED_TESTS = [
  'src/components/feedback/confirm.test.tsx',
  'src/components/deferred/deferred-select.test.tsx',
  'src/app/providers.test.tsx',
  'mocks/store/store.test.ts',
];

export default defineConfig({
  plugins: [react(), preloadMockBackend()],
  resolve: { alias: { '@': r('./src'), '@mocks': r('./mocks') } },
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  build: {
    chunkSizeWarningLimit: 900,
    // manifest: scripts/check-bundle.mjs sums what the first route loads.
    manifest: true,
    rolldownOptions: {
      // Everything the entry imports statically in one chunk: rolldown otherwise splits it into
      // ~20 chunks shared with the lazy routes, and each compresses on its own (+8 kB gzip).
      output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } },
    },
  },
  test: {
    setupFiles: ['./src/testing/setup-tests.ts'],
    // Full component flows (typing, several API round trips) take 5–15 s alone on 2 cores and
    // passed 20 s under load (two timed out in a CI run at load 10+); the limit is for hangs.
    testTimeout: 45_000,
    pool: 'threads',
    // Vitest's default is one worker fewer than the cores: one worker on this 2-core machine.
    maxWorkers: 2,
    projects: [
      {
        // The engine and the scripts need no DOM and no in-process mock backend: Node's
        // environment and no setup file save a jsdom window and msw for each of their files.
        resolve: { alias: { '@': r('./src'), '@mocks': r('./mocks') } },
        test: { name: 'node', environment: 'node', include: NODE_TESTS, testTimeout: 45_000, pool: 'threads' },
      },
      {
        extends: true,
        // The files of a worker share one window and module graph: each file no longer pays for a
        // new window, msw, i18n and Mantine (src/testing/setup-tests.ts cleans up between tests).
        test: { name: 'dom', environment: 'jsdom', isolate: false, include: DOM_TESTS, exclude: [...NODE_TESTS, ...ISOLATED_TESTS] },
      },
      {
        extends: true,
        test: { name: 'dom-isolated', environment: 'jsdom', include: ISOLATED_TESTS },
      },
    ],
  },
});
