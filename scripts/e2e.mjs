#!/usr/bin/env node
/**
 * `npm run test:e2e [-- playwright args]`: makes sure a Chromium exists (Debian's, installed with
 * apt when running as root), builds when dist/ is older than the sources (always on CI), then runs
 * Playwright against `vite preview`.
 */
import { existsSync, statSync } from 'node:fs';
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
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot) {
    console.log('e2e: no Chromium found; installing Debian\'s chromium and a CJK font (for the Chinese UI):');
    console.log('e2e: apt-get update && apt-get install -y chromium fonts-wqy-microhei');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (run('apt-get', ['update'], { env }) !== 0 || run('apt-get', ['install', '-y', 'chromium', 'fonts-wqy-microhei'], { env }) !== 0) {
      console.error('e2e: apt-get failed; install Chromium yourself or set CHROMIUM_PATH.');
      process.exit(1);
    }
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
    console.error('e2e: apt-get finished but /usr/bin/chromium is still missing.');
    process.exit(1);
  }
  console.error(
    [
      'e2e: no Chromium found. Either',
      '  sudo apt-get update && sudo apt-get install -y chromium fonts-wqy-microhei',
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

const code = run('npx', ['playwright', 'test', ...args], { env: { ...process.env, CHROMIUM_PATH: chromium } });
process.exit(code);
