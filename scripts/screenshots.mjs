#!/usr/bin/env node
/**
 * `npm run screenshots [-- playwright args]`: e2e/screenshots.spec.ts (every page and journey in
 * light/dark × en/zh, kept out of `npm test`) into e2e/screenshots/, then the montage
 * (scripts/montage.mjs, ImageMagick) for a one-picture review.
 */
import { run } from './lib.mjs';

const code = run('node', ['scripts/e2e.mjs', 'e2e/screenshots.spec.ts', ...process.argv.slice(2)], {
  env: { ...process.env, E2E_SCREENSHOTS: '1' },
});
if (code !== 0) process.exit(code);
process.exit(run('node', ['scripts/montage.mjs']));
