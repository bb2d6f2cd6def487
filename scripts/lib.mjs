/** Helpers shared by the npm scripts. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Runs a command with inherited output; returns its exit code. */
export function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (r.error) {
    console.error(`${cmd}: ${r.error.message}`);
    return 1;
  }
  return r.status ?? 1;
}

/** The newest modification time under `paths` (files and folders, recursively). */
export function newestMtime(paths) {
  let newest = 0;
  const visit = (p) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) {
      for (const e of readdirSync(p)) if (e !== 'node_modules' && !e.startsWith('.')) visit(join(p, e));
    } else newest = Math.max(newest, s.mtimeMs);
  };
  for (const p of paths) visit(p);
  return newest;
}

export const SOURCES = ['src', 'mocks', 'public', 'index.html', 'vite.config.ts', 'package.json', 'postcss.config.cjs'];
