/**
 * Browser persistence of the store: ONE versioned IndexedDB key (idb-keyval, structured clone of
 * the Maps) plus a small generation key, written together. Tabs coordinate through them
 * (shared-store.ts). In Node nothing is persisted: the store stays in memory.
 */
import { get, setMany } from 'idb-keyval';
import { DEFAULT_REGION_PROJECT_ID } from '@/api/contracts/snapshot';
import { systemPolicies } from '../engine';
import { systemPolicyRec } from './snapshot/records';
import type { MockStore, PersistedStore } from './store';
import { authorizationKey, type StoreState } from './types';

export const STORE_KEY = 'ma-console.store.v1';
/** How many writes the persisted store has had; a tab whose copy is older reloads it. */
export const GENERATION_KEY = 'ma-console.store.v1.generation';

export function isPersisted(value: unknown): value is PersistedStore {
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

/** Adopts a persisted value (tokens merged with the ones in memory); false for an unknown version or a corrupt value. */
export function adoptPersisted(store: MockStore, value: unknown): boolean {
  if (!isPersisted(value)) return false;
  refreshSystemPolicies(value.state);
  migrateAuthorizations(value.state);
  store.replace(value.state, new Map([...store.tokens, ...value.tokens]));
  return true;
}

/** Loads the persisted store, if any (an unknown version or a corrupt value is ignored: the seed stays). */
export async function loadPersisted(store: MockStore): Promise<boolean> {
  try {
    return adoptPersisted(store, await get(STORE_KEY));
  } catch {
    return false;
  }
}

export async function readGeneration(): Promise<number> {
  const g: unknown = await get(GENERATION_KEY);
  return typeof g === 'number' ? g : 0;
}

/** Writes the store and its generation in one IndexedDB transaction. */
export async function writePersisted(data: PersistedStore, generation: number): Promise<void> {
  await setMany([
    [STORE_KEY, data],
    [GENERATION_KEY, generation],
  ]);
}
