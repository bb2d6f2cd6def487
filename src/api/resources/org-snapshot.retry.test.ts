/**
 * Issue 12 item 10: the analyzer's Retry fetches only the lists that failed, so the organisation
 * loads even when half of all calls fail. Before, every retry read all thirteen lists again: at a
 * 50 % failure rate a load succeeded about once in 8,000 tries.
 */
import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configureClient } from '../client';
import { setSession } from '../session';
import { getOrgSnapshotQueryOptions } from './org-snapshot';
import { orgSnapshotParts } from './partial-loads';
import { invalidateResources } from './invalidation';

const PROJECT = 'p-cn-north-4';
const DOMAIN = { id: 'd-acme', name: 'acme' };

/** Signs in as the account (the mock backend answers through msw/node). */
async function signIn(): Promise<string | null> {
  const res = await fetch('/v3/auth/tokens', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ auth: { identity: { methods: ['password'], password: { user: { name: 'acme' } } } } }),
  });
  return res.headers.get('X-Subject-Token');
}

/** A transport that fails the calls `fails` picks (as a network error) and records each call's path. */
function flakyTransport(fails: (path: string) => boolean, calls: string[]) {
  return async (url: string, init: RequestInit) => {
    const path = new URL(url, 'http://localhost').pathname;
    calls.push(path);
    if (fails(path)) throw new TypeError('Failed to fetch');
    return fetch(url, init);
  };
}

/** A small deterministic PRNG (mulberry32). */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The regional authorizations start once the projects answered, possibly after the load failed:
 * wait until the failed load has made all its calls (they are kept in flight for the retry).
 */
const settled = (calls: string[]) => vi.waitFor(() => expect(calls.filter((p) => p.endsWith('/authorizations'))).toHaveLength(2));

const load = (qc: QueryClient) => qc.fetchQuery({ ...getOrgSnapshotQueryOptions('root', PROJECT, DOMAIN), retry: false, staleTime: 0 });

describe('the organisation snapshot resumes a failed load', () => {
  beforeEach(async () => {
    setSession({ token: await signIn(), projectId: PROJECT });
    orgSnapshotParts.clear();
  });
  afterEach(() => configureClient({ transport: (url, init) => fetch(url, init) }));

  it('Retry fetches only the lists that failed', async () => {
    const calls: string[] = [];
    const failOnce = new Set(['/v3/groups', '/v3.0/OS-ROLE/roles']);
    configureClient({ transport: flakyTransport((p) => failOnce.delete(p), calls) });
    const qc = new QueryClient();
    await expect(load(qc)).rejects.toThrow();
    await settled(calls);
    const first = calls.length;

    const snapshot = await load(qc);
    expect(calls.slice(first).sort()).toEqual(['/v3.0/OS-ROLE/roles', '/v3/groups']);
    expect(snapshot.groups.length).toBeGreaterThan(0);
    expect(snapshot.policies.length).toBeGreaterThan(0);
  });

  it('loads at a 50 % failure rate within a few retries, equal to a load without faults', async () => {
    const qc = new QueryClient();
    const clean = await load(qc);
    orgSnapshotParts.clear();
    const random = seeded(12);
    configureClient({ transport: flakyTransport(() => random() < 0.5, []) });
    let attempts = 0;
    let loaded: typeof clean | null = null;
    while (!loaded && attempts < 15) {
      attempts++;
      loaded = await load(qc).catch(() => null);
    }
    expect(loaded).toEqual(clean);
    expect(attempts).toBeLessThan(15);
  });

  it('a change after a failed load makes the next load read everything again', async () => {
    const calls: string[] = [];
    const failOnce = new Set(['/v3/groups']);
    configureClient({ transport: flakyTransport((p) => failOnce.delete(p), calls) });
    const qc = new QueryClient();
    await expect(load(qc)).rejects.toThrow();
    await settled(calls);
    const first = calls.length;
    await invalidateResources(qc, ['users']);
    await load(qc);
    expect(calls.slice(first).sort()).toEqual(calls.slice(0, first).sort());
  });
});
