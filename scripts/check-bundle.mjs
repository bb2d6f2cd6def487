#!/usr/bin/env node
/**
 * Bundle budget: the JavaScript the first route needs — the entry chunk and its static imports,
 * plus the Global Configuration route chunk and its static imports — must stay ≤ 200 kB gzip.
 * Reads dist/.vite/manifest.json (vite.config.ts: build.manifest). msw and editors load lazily,
 * so they are not counted; if they end up in the static graph the budget fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Issue 3 asks for ≤ 200 kB; the check fails above it. Measured 192.5 kB; each compressed on its
 * own: react-dom 54, Mantine 34, the app ≈ 20, i18next 15, floating-ui 14, react-router 14,
 * zod/mini 9, react-query 10. Dropdowns, menus, dialogs and the notification container load after
 * the first paint. See the README ("Bundle budget").
 */
const BUDGET_KB = 200;
const FIRST_ROUTE = 'src/features/global-config/routes/global-config-page.tsx';
const dist = 'dist';
const manifestPath = join(dist, '.vite', 'manifest.json');

if (!existsSync(manifestPath)) {
  console.error(`check-bundle: ${manifestPath} not found — run "vite build" first (build.manifest must be true).`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const entries = Object.entries(manifest).filter(([, c]) => c.isEntry);
if (entries.length === 0) {
  console.error('check-bundle: the manifest has no entry chunk.');
  process.exit(1);
}

const files = new Map(); // file -> label
const keys = []; // manifest keys of the walked chunks
function walk(key, label) {
  const chunk = manifest[key];
  if (!chunk) return;
  if (files.has(chunk.file)) return;
  files.set(chunk.file, label ?? key);
  keys.push(key);
  for (const imp of chunk.imports ?? []) walk(imp);
}
for (const [key] of entries) walk(key, `${key} (entry)`);
if (manifest[FIRST_ROUTE]) walk(FIRST_ROUTE, `${FIRST_ROUTE} (first route)`);
else console.warn(`check-bundle: ${FIRST_ROUTE} is not in the manifest (not built yet?) — counting the entry only.`);

let total = 0;
const rows = [];
for (const [file, label] of files) {
  if (!file.endsWith('.js')) continue;
  const size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  total += size;
  rows.push([size, file, label]);
}
rows.sort((a, b) => b[0] - a[0]);
for (const [size, file, label] of rows) console.log(`  ${(size / 1024).toFixed(1).padStart(7)} kB  ${file}  ${label === file ? '' : label}`);

/**
 * Code that must load lazily: the mock backend (msw) and the editors. Judged by module, not by the
 * hashed file name (a hash such as "GmCMSwik" once matched /msw/i).
 */
const LAZY_MODULES = ['mocks/browser.ts', 'src/features/policies/components/editor/code-editor.tsx'];
const LAZY_PACKAGES = /(^|\/)node_modules\/(msw|@mswjs|codemirror|@codemirror|monaco-editor)\//;
const forbidden = keys.filter((k) => LAZY_MODULES.includes(k) || LAZY_PACKAGES.test(k) || /^(msw|mockServiceWorker|codemirror|monaco)$/i.test(manifest[k]?.name ?? ''));
const kb = total / 1024;
console.log(`first route JavaScript: ${kb.toFixed(1)} kB gzip (budget ${BUDGET_KB} kB)`);
if (forbidden.length > 0) {
  console.error(`check-bundle: lazily loaded code is in the first route's static graph: ${forbidden.join(', ')}`);
  process.exit(1);
}
if (kb > BUDGET_KB) {
  console.error(`check-bundle: over budget by ${(kb - BUDGET_KB).toFixed(1)} kB.`);
  process.exit(1);
}
