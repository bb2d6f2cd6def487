import { afterEach, describe, expect, it, vi } from 'vitest';
import { MockStore } from './store';
import { authorizationKey } from './types';

const db = new Map<string, unknown>();
vi.mock('idb-keyval', () => ({
  get: vi.fn(async (key: string) => structuredClone(db.get(key))),
  setMany: vi.fn(async (entries: Array<[string, unknown]>) => {
    for (const [key, value] of entries) db.set(key, structuredClone(value));
  }),
}));

const { GENERATION_KEY, loadPersisted, readGeneration, STORE_KEY, writePersisted } = await import('./persistence');
const idb = await import('idb-keyval');

afterEach(() => {
  db.clear();
  vi.clearAllMocks();
  vi.useRealTimers();
});

describe('MockStore', () => {
  it('returns the same engine snapshot object until a mutation', () => {
    const store = new MockStore();
    const a = store.toEngineSnapshot();
    expect(store.toEngineSnapshot()).toBe(a);
    store.mutate((s) => (s.authMode = 'loose'));
    const b = store.toEngineSnapshot();
    expect(b).not.toBe(a);
    expect(b.authMode).toBe('loose');
    expect(a.authMode).toBe('strict');
  });

  it('exportSnapshot is a copy the caller may change', () => {
    const store = new MockStore();
    const doc = store.exportSnapshot();
    doc.users.length = 0;
    expect(store.toEngineSnapshot().users.length).toBeGreaterThan(30);
  });

  it('import is all or nothing', () => {
    const store = new MockStore();
    const doc = store.exportSnapshot();
    doc.workspaces[1]!.owner = 'u-ghost';
    const revision = store.revision;
    const r = store.importSnapshot(doc);
    expect(r).toEqual({ ok: false, problem: { path: '$.workspaces[1].owner', message: 'Unknown user "u-ghost"' } });
    expect(store.revision).toBe(revision);
  });

  it('import keeps console-only fields (times, quotas, secret keys) of records that survive', () => {
    const store = new MockStore();
    store.state.workspaces.get('0')!.quotas[0]!.quota = 7;
    const created = store.state.users.get('u-maya')!.createTime;
    expect(store.importSnapshot(store.exportSnapshot()).ok).toBe(true);
    expect(store.state.workspaces.get('0')!.quotas[0]!.quota).toBe(7);
    expect(store.state.users.get('u-maya')!.createTime).toBe(created);
    expect(store.state.authorizations.get(authorizationKey('p-cn-north-4', 'u-ben'))!.secretKey).toHaveLength(40);
  });

  it('purges workspaces whose DELETING delay is over', () => {
    const store = new MockStore();
    let now = 1000;
    store.now = () => now;
    store.mutate((s) => Object.assign(s.workspaces.get('c91d5e7f3a2b4c6d8e0f1a2b3c4d5e6f')!, { status: 'DELETING', deleteAt: 3000 }));
    store.purgeDeletedWorkspaces();
    expect(store.state.workspaces.size).toBe(4);
    now = 3000;
    expect(store.toEngineSnapshot().workspaces).toHaveLength(3);
  });
});

describe('browser persistence (idb-keyval)', () => {
  it('writes the store and its generation together, under versioned keys', async () => {
    const store = new MockStore();
    store.mutate((s) => (s.authMode = 'loose'));
    await writePersisted(store.persisted(), 7);
    expect(idb.setMany).toHaveBeenCalledTimes(1);
    expect(STORE_KEY).toBe('ma-console.store.v1');
    expect(db.has(STORE_KEY) && db.get(GENERATION_KEY)).toBe(7);
    expect(await readGeneration()).toBe(7);
  });

  it('a reload restores the state and the tokens', async () => {
    const first = new MockStore();
    first.mutate((s) => s.authorizations.delete('u-maya'));
    first.tokens.set('tok-u-maya-abc', 'u-maya');
    await writePersisted(first.persisted(), 1);
    const second = new MockStore();
    expect(await loadPersisted(second)).toBe(true);
    expect(second.state.authorizations.has('u-maya')).toBe(false);
    expect(second.tokens.get('tok-u-maya-abc')).toBe('u-maya');
  });

  it('ignores a missing or foreign value (the seed stays)', async () => {
    const store = new MockStore();
    expect(await loadPersisted(store)).toBe(false);
    db.set(STORE_KEY, { version: 99, state: {} });
    expect(await loadPersisted(store)).toBe(false);
    expect(store.state.users.size).toBeGreaterThan(30);
  });
});
