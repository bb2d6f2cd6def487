/** The corpus' base organisation, for engine tests (tests only). */
import accessCases from '../corpus/access-basics.json';
import type { Snapshot } from '../model';

export const BASE_SNAPSHOT = (accessCases as unknown as { snapshots: { base: Snapshot } }).snapshots.base;

/** A copy of the base snapshot with some top-level keys replaced. */
export function withSnapshot(overrides: Partial<Snapshot>): Snapshot {
  return { ...structuredClone(BASE_SNAPSHOT), ...overrides };
}
