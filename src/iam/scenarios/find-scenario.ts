/** Scenario lookup by id. */
import type { Scenario } from '../model';
import { SCENARIOS } from './data';

const BY_ID: ReadonlyMap<string, Scenario> = new Map(SCENARIOS.map((s) => [s.id, s]));

export function findScenario(id: string): Scenario | undefined {
  return BY_ID.get(id);
}

export { SCENARIOS };
