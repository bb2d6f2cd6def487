// @vitest-environment node
/**
 * End to end over real HTTP: `npm run mock-server` on a free port, `npm run collect` against it
 * (both as child processes, as an administrator runs them), compared with `/__mock/snapshot`. The
 * collector asks in real IAM's list conventions, and the mock answers in them (docs/api.md
 * "Huawei's list conventions"), so this also checks the mock's real shapes against the collector.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSnapshot } from '@/api/contracts/snapshot';
import { server as inProcessMocks } from '@mocks/node';
import { snapshotToState } from '@mocks/store/snapshot/import';
import { signRequest } from './signer';

const AK = 'QTWAOYTTINDUT2QVKYUC';
const SK = 'MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc';
const TSX = join(process.cwd(), 'node_modules/.bin/tsx');

interface Server {
  proc: ChildProcess;
  url: string;
}

function startServer(args: string[] = []): Promise<Server> {
  const proc = spawn(TSX, ['scripts/mock-server/index.ts', '--port', '0', '--quiet', '--ak', AK, '--sk', SK, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve({ proc, url: m[1]! });
    });
    proc.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    proc.on('exit', (code) => reject(new Error(`mock-server exited (${code}): ${out}`)));
  });
}

function runCollect(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const proc = spawn(TSX, ['scripts/collect/cli.ts', ...args], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  proc.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => proc.on('exit', (code) => resolve({ code, stdout, stderr })));
}

/** Collections as sorted JSON lines (users' groups sorted): equal = the same organisation. */
function normalise(s: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) {
    if (k === 'collection') continue;
    out[k] = Array.isArray(v)
      ? v.map((e: Record<string, unknown>) => JSON.stringify(Array.isArray(e.groups) ? { ...e, groups: [...(e.groups as string[])].sort() } : e)).sort()
      : v;
  }
  return out;
}

describe('npm run collect against npm run mock-server', () => {
  let admin: Server;
  let liam: Server;
  const dir = mkdtempSync(join(tmpdir(), 'collect-'));
  const env = { HUAWEICLOUD_SDK_AK: AK, HUAWEICLOUD_SDK_SK: SK };

  beforeAll(async () => {
    // This test talks to real HTTP servers: the in-process msw interception of the unit tests is off.
    inProcessMocks.close();
    [admin, liam] = await Promise.all([startServer(), startServer(['--user', 'liam'])]);
  }, 60_000);
  afterAll(() => {
    admin?.proc.kill();
    liam?.proc.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('pulls the whole mock organisation over signed HTTP: nothing missing', async () => {
    const out = join(dir, 'full.json');
    // Both regions of the seed: authorizations are kept per region (cn-east-3 has its own rows).
    const run = await runCollect(['--endpoint', admin.url, '--region', 'cn-north-4', '--region', 'cn-east-3', '--out', out], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Complete: every call answered.');
    const collected = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
    const exportUrl = `${admin.url}/__mock/snapshot`;
    const signed = signRequest({ method: 'GET', url: exportUrl }, { ak: AK, sk: SK });
    const expected = (await (await fetch(exportUrl, { headers: signed.headers })).json()) as Record<string, unknown>;
    expect(checkSnapshot(collected).ok).toBe(true);
    // IAM lists no federated users: the collector knows those an authorization row names (carol),
    // not one without any (diego) — no API it may call lists him.
    type Doc = { users: Array<{ id: string; type: string }>; authorizations: Array<{ userId: string }> };
    const named = new Set((expected as Doc).authorizations.map((a) => a.userId));
    const unlisted = (expected as Doc).users.filter((u) => u.type === 'federate' && !named.has(u.id));
    expect(unlisted.map((u) => u.id)).toEqual(['u-fed-diego']);
    expect(normalise(collected)).toEqual(normalise({ ...expected, users: (expected as Doc).users.filter((u) => !unlisted.includes(u)) }));
    expect((collected.collection as { calls: unknown[] }).calls).toContainEqual(expect.objectContaining({ name: 'Federated users (from authorizations)', status: 'ok', count: 1 }));
    expect(collected.collection).toMatchObject({ complete: true, regions: ['cn-north-4', 'cn-east-3'] });
    // No secret in what was written or printed.
    expect(readFileSync(out, 'utf8')).not.toContain(SK);
    expect(run.stdout).not.toContain(AK);
  }, 60_000);

  it('a wrong secret key fails with the reason and writes nothing', async () => {
    const out = join(dir, 'wrong.json');
    const run = await runCollect(['--endpoint', admin.url, '--out', out], { ...env, HUAWEICLOUD_SDK_SK: 'x'.repeat(40) });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/signature or credential was refused.*signature does not match/);
    expect(() => readFileSync(out)).toThrow();
  }, 60_000);

  it('a key of a user without read permissions: the snapshot is written, marked incomplete, naming what is missing', async () => {
    const out = join(dir, 'liam.json');
    const run = await runCollect(['--endpoint', liam.url, '--out', out], env);
    expect(run.code).toBe(4);
    expect(run.stdout).toContain('Missing permission: iam:users:listUsers');
    expect(run.stderr).toContain('INCOMPLETE');
    const collected = JSON.parse(readFileSync(out, 'utf8')) as { collection: { complete: boolean; calls: Array<{ name: string; status: string; permission?: string }> } };
    expect(checkSnapshot(collected).ok).toBe(true);
    expect(collected.collection.complete).toBe(false);
    expect(collected.collection.calls).toContainEqual(expect.objectContaining({ name: 'IAM role assignments', status: 'denied', permission: 'iam:permissions:listRoleAssignments' }));
    // …and the console's Import takes it (the account's root user stands in for the unread users).
    const imported = snapshotToState(collected, null, Date.now());
    expect(imported.ok, JSON.stringify(imported.ok ? '' : imported.problem)).toBe(true);
  }, 60_000);

  it('refuses keys on the command line and unsigned calls', async () => {
    const noEnv = await runCollect(['--endpoint', admin.url], {});
    expect(noEnv.code).toBe(2);
    expect(noEnv.stderr).toContain('Set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK in the environment');
    const flag = await runCollect(['--ak', AK], env);
    expect(flag.code).toBe(2);
    const unsigned = await fetch(`${admin.url}/v3/users`);
    expect(unsigned.status).toBe(401);
    expect(await unsigned.json()).toEqual({ error: { code: 401, title: 'Unauthorized', message: expect.stringContaining('not signed') } });
  }, 60_000);
});
