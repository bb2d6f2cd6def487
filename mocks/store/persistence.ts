/**
 * Browser persistence of the store: ONE versioned IndexedDB key (idb-keyval), written at most once
 * per debounce window after mutations (IndexedDB clones the Maps; nothing is JSON-serialised).
 * In Node nothing is persisted: the store stays in memory.
 */
import { get, set } from 'idb-keyval';
import { DEFAULT_REGION_PROJECT_ID } from '@/api/contracts/snapshot';
import { systemPolicies } from '../engine';
import { systemPolicyRec } from './snapshot/records';
import type { MockStore, PersistedStore } from './store';
import { authorizationKey, type StoreState } from './types';

export const STORE_KEY = 'ma-console.store.v1';
export const WRITE_DEBOUNCE_MS = 150;

function isPersisted(value: unknown): value is PersistedStore {
  if (!value || typeof value !== 'object') return false;
  const v = value as Partial<PersistedStore>;
  const s = v.state;
  return (
    v.version === 1 &&
    !!s &&
    s.users instanceof Map &&
    s.groups instanceof Map &&
    s.policies instanceof Map &&
    s.attachments instanceof Map &&
    s.agencies instanceof Map &&
    s.authorizations instanceof Map &&
    s.workspaces instanceof Map &&
    Array.isArray(s.projects) &&
    Array.isArray(s.enterpriseProjects) &&
    v.tokens instanceof Map
  );
}

/** The catalog's system policies as this build defines them (a persisted copy may be older). */
function refreshSystemPolicies(state: StoreState): void {
  for (const sys of systemPolicies()) {
    const old = state.policies.get(sys.id);
    const fresh = systemPolicyRec(sys, old?.createTime ?? Date.now());
    if (old?.type === 'system') Object.assign(old, { name: fresh.name, description: fresh.description, document: fresh.document, roleType: fresh.roleType });
    else if (!old) state.policies.set(sys.id, fresh);
  }
}

/** A store saved before authorizations had regions: its rows belong to the default region (as in a version-1 snapshot). */
function migrateAuthorizations(state: StoreState): void {
  const rows = [...state.authorizations.values()];
  if (rows.every((a) => typeof a.projectId === 'string')) return;
  const region = state.projects.some((p) => p.id === DEFAULT_REGION_PROJECT_ID) ? DEFAULT_REGION_PROJECT_ID : state.projects[0]?.id ?? DEFAULT_REGION_PROJECT_ID;
  state.authorizations = new Map(
    rows.map((a) => {
      const projectId = typeof a.projectId === 'string' ? a.projectId : region;
      return [authorizationKey(projectId, a.userType === 'all-users' ? 'all' : a.userId), { ...a, projectId }];
    }),
  );
}

/** Loads the persisted store, if any (an unknown version or a corrupt value is ignored: the seed stays). */
export async function loadPersisted(store: MockStore): Promise<boolean> {
  try {
    const value: unknown = await get(STORE_KEY);
    if (!isPersisted(value)) return false;
    refreshSystemPolicies(value.state);
    migrateAuthorizations(value.state);
    store.replace(value.state, value.tokens);
    return true;
  } catch {
    return false;
  }
}

export interface Persistence {
  /** Writes now if a write is pending; resolves when IndexedDB has it. */
  flush(): Promise<void>;
  stop(): void;
}

/** Writes the store after each burst of mutations. */
export function persistChanges(store: MockStore, delayMs = WRITE_DEBOUNCE_MS): Persistence {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();
  const write = () => {
    timer = undefined;
    const data = store.persisted();
    writing = writing.then(() => set(STORE_KEY, data)).catch((e: unknown) => console.warn('Mock backend: could not persist the store', e));
    return writing;
  };
  const unsubscribe = store.subscribe(() => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void write(), delayMs);
  });
  return {
    flush() {
      if (timer !== undefined) {
        clearTimeout(timer);
        return write();
      }
      return writing;
    },
    stop() {
      if (timer !== undefined) clearTimeout(timer);
      unsubscribe();
    },
  };
}
