/**
 * The kept parts of failed organisation-snapshot loads (../partial-load.ts). Here, apart from
 * org-snapshot.ts, so that invalidation.ts can drop them after a change without an import cycle.
 */
import { PartialLoads } from '../partial-load';

export const orgSnapshotParts = new PartialLoads();
