/**
 * One backend for every tab of a browser, as the real service is one (issue 12 items 1 and 2).
 * Each tab runs its own MSW handlers on its own in-memory store; a request first catches up with
 * the newest persisted state (a generation number tells whether its copy is older), and a
 * request that changes anything runs alone among all tabs (a Web Lock), on that newest state,
 * and is in IndexedDB before its reply is sent. So two tabs' creates both survive, two saves at
 * the same version get one 409, and a reload right after a 201 still has the change.
 */
import type { MockStore } from './store';

/** Where tabs meet: a lock and the persisted store (IndexedDB in the browser; memory in tests). */
export interface SharedStorage {
  /** Runs `fn` while no other tab runs one. */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  generation(): Promise<number>;
  /** The persisted value (adopted with `adopt`). */
  load(): Promise<unknown>;
  adopt(store: MockStore, value: unknown): boolean;
  save(store: MockStore, generation: number): Promise<void>;
}

export interface SharedStore {
  /** Runs a request: writes (any method but GET/HEAD) alone, on the newest state, durable before they return. */
  run<T>(method: string, fn: () => Promise<T>): Promise<T>;
  /** Resolves once every write started so far is persisted. */
  flush(): Promise<void>;
}

export function shareStore(store: MockStore, shared: SharedStorage, generation = 0): SharedStore {
  let mine = generation;
  let dirty = false;
  store.subscribe(() => {
    dirty = true;
  });
  const catchUp = async () => {
    const newest = await shared.generation();
    if (newest <= mine) return;
    const value = await shared.load();
    // Another catch-up (or a write of this tab) may have got there meanwhile: never go back.
    if (newest <= mine) return;
    shared.adopt(store, value);
    mine = newest;
  };
  return {
    async run(method, fn) {
      if (method === 'GET' || method === 'HEAD') {
        await catchUp();
        return fn();
      }
      return shared.exclusive(async () => {
        await catchUp();
        dirty = false;
        const result = await fn();
        if (dirty) {
          mine += 1;
          await shared.save(store, mine);
          dirty = false;
        }
        return result;
      });
    },
    flush: () => shared.exclusive(async () => {}),
  };
}

/** No sharing (Node, tests of single-tab behaviour): requests run as they come. */
export const unshared: SharedStore = { run: (_method, fn) => fn(), flush: async () => {} };

let current: SharedStore = unshared;

/** How requests reach the store; the browser entry installs the shared one. */
export function sharedStore(): SharedStore {
  return current;
}

export function installSharedStore(s: SharedStore): void {
  current = s;
}
