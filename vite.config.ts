/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const r = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  plugins: [react()],
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
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 20000,
    pool: 'threads',
  },
});
