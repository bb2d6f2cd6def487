#!/usr/bin/env node
/**
 * `npm test`: typecheck, lint, unit tests and build (side by side) → bundle budget → e2e. Stops
 * at the first failing stage with a clear message. Always ends with the line
 * `tests: N passed, M failed` (unit + e2e, read from test-results/unit.json and
 * test-results/e2e.json).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const UNIT_REPORT = 'test-results/unit.json';
const E2E_REPORT = 'test-results/e2e.json';

/**
 * Stages run in order; the steps of one stage run side by side. The first stage's steps need
 * nothing from each other: typecheck and lint are each one single-threaded process, the unit
 * tests run on two workers and the build writes only dist/. Side by side they keep both cores
 * busy (one after another, the core typecheck left idle waited ~25 s for lint). The e2e tests
 * need the build and both cores. A step's output is printed as it comes when it runs alone,
 * and in one block when it ends otherwise.
 */
const stages = [
  [
    { name: 'typecheck', cmd: 'npx', args: ['tsc', '--noEmit', '-p', 'tsconfig.json'] },
    { name: 'lint', cmd: 'npx', args: ['eslint', '.', '--max-warnings=0'] },
    {
      name: 'unit tests',
      cmd: 'npx',
      args: ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${UNIT_REPORT}`],
    },
    { name: 'build', cmd: 'npx', args: ['vite', 'build', '--logLevel', 'warn'] },
  ],
  [{ name: 'bundle budget', cmd: 'node', args: ['scripts/check-bundle.mjs'] }],
  // dist/ was just built; e2e.mjs installs Chromium when missing (as root) and runs Playwright.
  [{ name: 'e2e tests', cmd: 'node', args: ['scripts/e2e.mjs'], env: { E2E_BUILD: '0' } }],
];

/** Runs one step; resolves to { step, code, secs, output } (output buffered unless `inherit`). */
function runStep(step, inherit) {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const chunks = [];
    const child = spawn(step.cmd, step.args, {
      env: { ...process.env, ...step.env },
      stdio: inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (c) => chunks.push(c));
    child.stderr?.on('data', (c) => chunks.push(c));
    const done = (code) => resolve({ step, code, secs: ((Date.now() - t0) / 1000).toFixed(1), output: Buffer.concat(chunks).toString() });
    child.on('error', (error) => {
      chunks.push(Buffer.from(`${step.cmd}: ${error.message}\n`));
      done(1);
    });
    child.on('close', (code) => done(code ?? 1));
  });
}

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
for (const stage of stages) {
  for (const step of stage) console.log(`\n▶ ${step.name}: ${step.cmd} ${step.args.join(' ')}`);
  const results = await Promise.all(stage.map((step) => runStep(step, stage.length === 1)));
  for (const { step, code, secs, output } of results) {
    if (output) process.stdout.write(stage.length > 1 ? `\n── ${step.name} ──\n${output}` : output);
    if (code !== 0) {
      failedStep ??= step.name;
      console.error(`\n✖ ${step.name} failed (exit code ${code}, ${secs} s).`);
    } else console.log(`✔ ${step.name} (${secs} s)`);
  }
  if (failedStep) {
    console.error(`\n✖ npm test stopped: ${failedStep} failed. Later steps did not run.`);
    break;
  }
}

const { passed, failed } = counts();
if (!failedStep) console.log(`\nAll steps passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failedStep ? 1 : 0);
