#!/usr/bin/env node
/**
 * `npm run test:e2e [-- playwright args]`: makes sure a Chromium exists (Debian's headless shell, installed with
 * apt when running as root), builds when dist/ is older than the sources (always on CI), then runs
 * Playwright against `vite preview`.
 */
import { cpSync, existsSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APT_PACKAGES, HEADLESS_SHELL, testChromium } from './chromium.mjs';
import { newestMtime, run, SOURCES } from './lib.mjs';

const args = process.argv.slice(2);
const isCI = !!process.env.CI;

function ensureChromium() {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (existsSync(configured)) return configured;
    console.error(`e2e: CHROMIUM_PATH=${configured} does not exist.`);
    process.exit(1);
  }
  const found = testChromium();
  if (found === HEADLESS_SHELL) return found;
  const install = ['apt-get', 'install', '-y', ...APT_PACKAGES].join(' ');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && (!found || isCI)) {
    // A fresh machine, or CI with only the full browser: the headless shell runs the suite with
    // less CPU (scripts/chromium.mjs); if apt cannot install it, a full Chromium still does.
    console.log(`e2e: installing Debian's headless Chromium and a CJK font (for the Chinese UI): apt-get update && ${install}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const installed = run('apt-get', ['update'], { env }) === 0 && run('apt-get', ['install', '-y', ...APT_PACKAGES], { env }) === 0;
    const now = testChromium();
    if (now) return now;
    console.error(installed ? `e2e: apt-get finished but ${HEADLESS_SHELL} is still missing.` : 'e2e: apt-get failed; install Chromium yourself or set CHROMIUM_PATH.');
    process.exit(1);
  }
  if (found) return found;
  console.error(
    [
      'e2e: no Chromium found. Either',
      `  sudo apt-get update && sudo ${install}`,
      'or point at an existing Chromium/Chrome binary:',
      '  CHROMIUM_PATH=/path/to/chrome npm run test:e2e',
    ].join('\n'),
  );
  process.exit(1);
}

const chromium = ensureChromium();
console.log(`e2e: using ${chromium}`);

const distIndex = 'dist/index.html';
const stale = !existsSync(distIndex) || statSync(distIndex).mtimeMs < newestMtime(SOURCES);
if (isCI || stale || process.env.E2E_BUILD === '1') {
  console.log(`e2e: building (${isCI ? 'CI' : stale ? 'dist/ is older than the sources' : 'E2E_BUILD=1'})`);
  if (run('npx', ['vite', 'build', '--logLevel', 'warn']) !== 0) {
    console.error('e2e: the build failed.');
    process.exit(1);
  }
} else {
  console.log('e2e: dist/ is up to date');
}

/** Resolves to the port if it is free on 127.0.0.1, else null; port 0 = any free port. */
function tryPort(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(null));
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address();
      server.close(() => resolve(bound));
    });
  });
}

// Several engineers may run Playwright in this tree at once. Reusing someone else's preview server
// on 4173 fails our run when theirs ends, so outside CI each run serves its own copy on a free
// port (E2E_PORT=4173 restores the fixed port; CI always uses 4173).
let port = process.env.E2E_PORT;
if (!port && !isCI) {
  port = String(await tryPort(0));
  console.log(`e2e: serving this run on port ${port}`);
}

// Serve a private copy of dist/: another engineer's build during our run would otherwise delete the
// chunks our pages are about to load.
const runId = process.env.E2E_RUN_ID ?? String(process.pid);
const runDist = join(tmpdir(), `ma-console-e2e-dist-${runId}`);
rmSync(runDist, { recursive: true, force: true });
cpSync('dist', runDist, { recursive: true });

const code = run('npx', ['playwright', 'test', ...args], {
  env: { ...process.env, CHROMIUM_PATH: chromium, E2E_RUN_ID: runId, E2E_DIST: runDist, ...(port ? { E2E_PORT: port } : {}) },
});
rmSync(runDist, { recursive: true, force: true });
process.exit(code);
