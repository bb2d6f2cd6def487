/** What an import changes: item counts per collection, current vs the file. */
import type { SnapshotDocument } from '@/api/contracts/snapshot';

export const SNAPSHOT_COLLECTIONS = [
  'users',
  'groups',
  'policies',
  'attachments',
  'agencies',
  'authorizations',
  'workspaces',
  'projects',
  'enterpriseProjects',
] as const;
export type SnapshotCollection = (typeof SNAPSHOT_COLLECTIONS)[number];

export interface CollectionChange {
  collection: SnapshotCollection;
  /** null when the current count is unknown (the current snapshot could not be read). */
  current: number | null;
  next: number;
}

function countOf(doc: unknown, c: SnapshotCollection): number | null {
  if (typeof doc !== 'object' || doc === null) return null;
  const v = (doc as Record<string, unknown>)[c];
  return Array.isArray(v) ? v.length : null;
}

export function snapshotChanges(current: unknown, next: SnapshotDocument): CollectionChange[] {
  return SNAPSHOT_COLLECTIONS.map((collection) => ({
    collection,
    current: countOf(current, collection),
    next: next[collection].length,
  }));
}

/** Reads the text of a snapshot file into JSON, or says why it is not JSON. */
export function parseSnapshotText(text: string): { ok: true; json: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}
