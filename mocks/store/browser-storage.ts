/** The browser's SharedStorage: a Web Lock and IndexedDB (persistence.ts). */
import { get } from 'idb-keyval';
import { adoptPersisted, readGeneration, STORE_KEY, writePersisted } from './persistence';
import type { SharedStorage } from './shared-store';

const LOCK = 'ma-console.store.write';

export const browserStorage: SharedStorage = {
  exclusive: <T>(fn: () => Promise<T>): Promise<T> => (navigator.locks ? (navigator.locks.request(LOCK, fn) as Promise<T>) : fn()),
  generation: readGeneration,
  load: () => get(STORE_KEY),
  adopt: adoptPersisted,
  save: (store, generation) => writePersisted(store.persisted(), generation),
};
