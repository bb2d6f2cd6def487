import base from '../playwright.config';
import { defineConfig } from '@playwright/test';
export default defineConfig({
  ...base,
  testDir: '../e2e',
  outputDir: '/tmp/gc/pw',
  reporter: [['line']],
  workers: 2,
  use: { ...base.use, baseURL: 'http://127.0.0.1:4183' },
  webServer: undefined,
});
