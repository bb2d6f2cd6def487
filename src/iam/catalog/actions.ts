/**
 * The action catalog and its lookup indexes, built once at module load.
 */
import type { CatalogAction } from '../model';
import { DEPENDENCY_ACTIONS } from './actions-dependencies';
import { IAM_ACTIONS } from './actions-iam';
import { MODELARTS_ACTIONS } from './actions-modelarts';
import { OBS_ACTIONS } from './actions-obs';

export const ACTIONS: readonly CatalogAction[] = [...MODELARTS_ACTIONS, ...OBS_ACTIONS, ...IAM_ACTIONS, ...DEPENDENCY_ACTIONS];

const BY_LOWER: ReadonlyMap<string, CatalogAction> = new Map(ACTIONS.map((a) => [a.action.toLowerCase(), a]));

const BY_SERVICE: ReadonlyMap<string, readonly CatalogAction[]> = (() => {
  const m = new Map<string, CatalogAction[]>();
  for (const a of ACTIONS) {
    const list = m.get(a.service) ?? [];
    list.push(a);
    m.set(a.service, list);
  }
  return m;
})();

/** Case-insensitive exact lookup: `obs:bucket:ListAllMybuckets` finds `obs:bucket:ListAllMyBuckets`. */
export function findAction(name: string): CatalogAction | undefined {
  return BY_LOWER.get(name.toLowerCase());
}

/** The catalog actions of one service (lower-case id), in catalog order; empty when unknown. */
export function actionsOfService(service: string): readonly CatalogAction[] {
  return BY_SERVICE.get(service.toLowerCase()) ?? [];
}

/** Lower-case service ids that have at least one catalog action. */
export const SERVICES_WITH_ACTIONS: ReadonlySet<string> = new Set(BY_SERVICE.keys());
