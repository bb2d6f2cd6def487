#!/usr/bin/env node
/**
 * `npm test`: typecheck → lint → unit tests → build → bundle budget → e2e. Stops at the first
 * failing step with a clear message. Always ends with the line `tests: N passed, M failed`
 * (unit + e2e, read from test-results/unit.json and test-results/e2e.json).
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { run } from './lib.mjs';

const UNIT_REPORT = 'test-results/unit.json';
const E2E_REPORT = 'test-results/e2e.json';

const steps = [
  { name: 'typecheck', cmd: 'npx', args: ['tsc', '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'lint', cmd: 'npx', args: ['eslint', '.', '--max-warnings=0'] },
  {
    name: 'unit tests',
    cmd: 'npx',
    args: ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${UNIT_REPORT}`],
  },
  { name: 'build', cmd: 'npx', args: ['vite', 'build', '--logLevel', 'warn'] },
  { name: 'bundle budget', cmd: 'node', args: ['scripts/check-bundle.mjs'] },
  // dist/ was just built; e2e.mjs installs Chromium when missing (as root) and runs Playwright.
  { name: 'e2e tests', cmd: 'node', args: ['scripts/e2e.mjs'], env: { E2E_BUILD: '0' } },
];

function readJson(path) {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
  } catch {
    return null;
  }
}

function counts() {
  let passed = 0;
  let failed = 0;
  const unit = readJson(UNIT_REPORT);
  if (unit) {
    passed += unit.numPassedTests ?? 0;
    failed += unit.numFailedTests ?? 0;
  }
  const e2e = readJson(E2E_REPORT);
  if (e2e?.stats) {
    passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
    failed += e2e.stats.unexpected ?? 0;
  }
  return { passed, failed };
}

mkdirSync('test-results', { recursive: true });
rmSync(UNIT_REPORT, { force: true });
rmSync(E2E_REPORT, { force: true });

let failedStep = null;
const started = Date.now();
for (const step of steps) {
  const t0 = Date.now();
  console.log(`\n▶ ${step.name}: ${step.cmd} ${step.args.join(' ')}`);
  const code = run(step.cmd, step.args, { env: { ...process.env, ...step.env } });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (code !== 0) {
    failedStep = step.name;
    console.error(`\n✖ npm test stopped: ${step.name} failed (exit code ${code}, ${secs} s). Later steps did not run.`);
    break;
  }
  console.log(`✔ ${step.name} (${secs} s)`);
}

const { passed, failed } = counts();
if (!failedStep) console.log(`\nAll steps passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failedStep ? 1 : 0);
