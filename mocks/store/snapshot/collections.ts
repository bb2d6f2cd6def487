/**
 * The one table of the snapshot's collections (docs/snapshot-format.md): for each, the record
 * keys the format defines. Import keeps any other key as `extra` (so export loses nothing), and
 * the counts an import or reset reports are taken over the same table.
 */
import type { Extra, StoreState } from '../types';

export const COLLECTIONS = {
  projects: ['id', 'name'],
  enterpriseProjects: ['id', 'name'],
  users: ['id', 'name', 'type', 'root', 'groups'],
  groups: ['id', 'name'],
  policies: ['id', 'name', 'type', 'description', 'document'],
  attachments: ['principal', 'policyId', 'scope'],
  agencies: ['id', 'name', 'delegate', 'duration', 'description'],
  authorizations: ['projectId', 'userId', 'userName', 'userType', 'type', 'content', 'createTime'],
  workspaces: ['id', 'name', 'enterpriseProjectId', 'authType', 'owner', 'grants', 'description'],
} as const satisfies Record<string, readonly string[]>;

export type CollectionName = keyof typeof COLLECTIONS;

/** The keys of `record` its collection does not define, or undefined. */
export function extrasOf(collection: CollectionName, record: Record<string, unknown>): Extra | undefined {
  const known: readonly string[] = COLLECTIONS[collection];
  let extra: Extra | undefined;
  for (const [k, v] of Object.entries(record)) {
    if (known.includes(k)) continue;
    (extra ??= {})[k] = v;
  }
  return extra;
}

/** How many records each collection holds. */
export function countsOf(s: StoreState): Record<CollectionName, number> {
  const size = (c: CollectionName) => {
    const v = s[c];
    return Array.isArray(v) ? v.length : v.size;
  };
  return Object.fromEntries(Object.keys(COLLECTIONS).map((c) => [c, size(c as CollectionName)])) as Record<CollectionName, number>;
}
