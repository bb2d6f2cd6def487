#!/usr/bin/env node
/** `npm start`: the Vite dev server with the in-browser mock backend. Prints the URL clearly. */
import { spawn } from 'node:child_process';

const port = process.env.PORT || '5173';
const host = process.env.HOST || '127.0.0.1';
const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`;

console.log('');
console.log('  ModelArts Permission Console — development server');
console.log(`  Open ${url}`);
console.log('  (the mock backend runs in the browser; Settings → Demo data resets it)');
console.log('');

const child = spawn('npx', ['vite', '--port', port, '--host', host, '--strictPort'], { stdio: 'inherit' });
const stop = (signal) => child.kill(signal);
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', (code, signal) => {
  if (signal) process.exit(0);
  process.exit(code ?? 0);
});
