/**
 * `npm run mock-server -- [--port 4010] [--host 127.0.0.1] [--ak AK --sk SK] [--user NAME] [--quiet]`
 * serves the console's mock backend over HTTP with SDK-HMAC-SHA256 signatures verified
 * (scripts/mock-server/server.ts). Without --ak/--sk it accepts the example key pair of Huawei's
 * API signing guide — a mock, no real account is behind it. `--port 0` picks a free port; the
 * first line printed is `Mock server listening on http://HOST:PORT`.
 */
import { parseArgs } from 'node:util';
import { createMockServer } from './server';

/** The key pair of Huawei's published signing example (not a real credential). */
export const EXAMPLE_AK = 'QTWAOYTTINDUT2QVKYUC';
export const EXAMPLE_SK = 'MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    ak: { type: 'string', default: EXAMPLE_AK },
    sk: { type: 'string', default: EXAMPLE_SK },
    user: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
  strict: true,
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`mock-server: --port "${values.port}" is not a port number (0-65535; 0 = any free port).`);
  process.exit(2);
}

const server = createMockServer({
  ak: values.ak,
  sk: values.sk,
  ...(values.user !== undefined ? { user: values.user } : {}),
  onRequest: values.quiet ? undefined : ({ method, path, status }) => console.log(`${status} ${method} ${path}`),
});

server.on('error', (e) => {
  console.error(`mock-server: ${e.message}`);
  process.exit(1);
});

server.listen(port, values.host, () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`Mock server listening on http://${values.host}:${actual}`);
  console.log(`Access key ${values.ak} belongs to ${values.user ?? 'the account (root user)'}; a signed GET /__mock/snapshot exports the organisation.`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
