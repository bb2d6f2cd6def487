#!/usr/bin/env node
/**
 * Builds e2e/screenshots/montage.png from the screenshots spec's output with ImageMagick's
 * `montage` (apt-get install imagemagick). One picture to review every page × theme × language.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'e2e/screenshots';
const out = join(dir, 'montage.png');
if (!existsSync(dir)) {
  console.error(`montage: ${dir} does not exist — run: npm run screenshots`);
  process.exit(1);
}
const has = spawnSync('montage', ['-version'], { encoding: 'utf8' });
if (has.error || has.status !== 0 || !/ImageMagick/i.test(has.stdout ?? '')) {
  console.error('montage: ImageMagick "montage" is not available (apt-get install -y imagemagick). Screenshots are in ' + dir);
  process.exit(1);
}
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.png') && f !== 'montage.png')
  .sort()
  .map((f) => join(dir, f));
if (files.length === 0) {
  console.error(`montage: no screenshots in ${dir}`);
  process.exit(1);
}
const r = spawnSync(
  'montage',
  // `file[320x]` shrinks each screenshot while reading: dozens of full-page PNGs at full size
  // exhaust ImageMagick's default pixel cache. Full pages are cropped to 320×320.
  [
    '-label',
    '%t',
    '-pointsize',
    '14',
    ...files.map((f) => `${f}[320x]`),
    '-crop',
    '320x320+0+0',
    '-tile',
    '6x',
    '-geometry',
    '+6+6',
    '-background',
    '#f0f0f0',
    '-depth',
    '8',
    out,
  ],
  { stdio: 'inherit' },
);
if (r.status !== 0) process.exit(r.status ?? 1);
console.log(`montage: ${out} (${files.length} screenshots)`);
