/**
 * Catalog queries the validator makes on every keystroke, memoised per action text:
 * which catalog actions a pattern matches, and the closest catalog action to a typo.
 */
import { ACTIONS, actionsOfService, SERVICES } from '../catalog';
import { compileWildcard, testWildcard } from '../match/wildcard';
import type { CatalogAction } from '../model';
import { closestMatch } from './closest-match';

const CACHE_LIMIT = 4096;

function memo<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}

export const SERVICE_IDS: readonly string[] = SERVICES.map((s) => s.id);

/** Each catalog action lower-cased once (patterns are compared case-insensitively). */
const LOWER = new Map<CatalogAction, string>(ACTIONS.map((a) => [a, a.action.toLowerCase()]));

/** Catalog actions a `*` pattern matches (lower-cased pattern as key): one compiled matcher, no per-action allocation. */
export const catalogMatches = memo((pattern: string): readonly CatalogAction[] => {
  const service = pattern.slice(0, pattern.indexOf(':'));
  const pool = service.includes('*') ? ACTIONS : actionsOfService(service);
  const matcher = compileWildcard(pattern, true);
  return pool.filter((a) => testWildcard(matcher, LOWER.get(a) ?? a.action.toLowerCase()));
});

/** Resource types of a service → their catalog actions (lower-cased resource type as key). */
const byResourceType = memo((service: string): ReadonlyMap<string, readonly CatalogAction[]> => {
  const m = new Map<string, CatalogAction[]>();
  for (const a of actionsOfService(service)) {
    const key = a.resourceType.toLowerCase();
    const list = m.get(key) ?? [];
    list.push(a);
    m.set(key, list);
  }
  return m;
});

/**
 * The closest catalog action of the same service, for "did you mean" (lower-cased action as
 * key): the nearest resource type first, then the nearest operation within it, so a typo costs
 * a few dozen short comparisons rather than one per catalog action.
 */
export const suggestAction = memo((action: string): string | undefined => {
  const [service = '', resourceType = '', operation = ''] = action.split(':');
  const types = byResourceType(service);
  const typeKey = types.has(resourceType) ? resourceType : closestMatch(resourceType, [...types.keys()], 3);
  const candidates = typeKey === undefined ? undefined : types.get(typeKey);
  if (candidates === undefined) return undefined;
  const exact = candidates.find((a) => a.operation.toLowerCase() === operation);
  if (exact) return exact.action;
  const op = closestMatch(operation, candidates.map((a) => a.operation), 3);
  return candidates.find((a) => a.operation === op)?.action;
});

/** IAM catalog actions of level "Permission management". */
export const IAM_PERMISSION_ACTIONS: readonly CatalogAction[] = actionsOfService('iam').filter(
  (a) => a.level === 'Permission management',
);
