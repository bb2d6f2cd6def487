/** Helpers shared by the npm scripts. */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
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

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(url, ms = 30_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer`);
}

/**
 * For the benchmarks: builds when dist/ is older than the sources, then serves a private copy of
 * dist/ (another engineer's build must not delete our chunks mid-run) with `vite preview` on a
 * free port. Returns the base URL and a stop function.
 */
export async function servePrivateBuild(label, from = 'dist') {
  if (from === 'dist' && (!existsSync('dist/index.html') || statSync('dist/index.html').mtimeMs < newestMtime(SOURCES))) {
    console.log(`${label}: building`);
    if (run('npx', ['vite', 'build', '--logLevel', 'warn']) !== 0) process.exit(1);
  }
  const outDir = `test-results/${label}-dist-${process.pid}`;
  rmSync(outDir, { recursive: true, force: true });
  cpSync(from, outDir, { recursive: true });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // vite's own entry under this node: one process, so kill() stops the server (through npx, the
  // killed shim left `vite preview` running).
  const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1', '--outDir', outDir], { stdio: 'ignore' });
  const stop = () => {
    server.kill();
    rmSync(outDir, { recursive: true, force: true });
  };
  try {
    await waitForServer(base);
  } catch (error) {
    stop();
    throw error;
  }
  return { base, stop };
}
