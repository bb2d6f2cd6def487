/**
 * Compact builder for catalog rows: one table per service, grouped by resource type.
 * The access level is given where Huawei documents it, else inferred (docs/huawei-reference.md §5.4):
 * list → List, get/view/describe/show/head → Read, else Write.
 */
import type { AccessLevel, CatalogAction } from '../model';

/** [operation, one-line description, level?]; level omitted = inferred from the operation. */
export type ActionRow = readonly [operation: string, description: string, level?: AccessLevel];

export interface ServiceTable {
  service: string;
  /** Whether the service's actions accept Resource paths (ModelArts: never). */
  supportsResources: boolean;
  resources: Readonly<Record<string, readonly ActionRow[]>>;
}

const LIST_PREFIXES = ['list', 'displayall', 'getall'];
const READ_PREFIXES = ['get', 'view', 'describe', 'show', 'head', 'preview'];

/** Infers the access level of an operation name (case-insensitive). */
export function inferAccessLevel(operation: string): AccessLevel {
  const op = operation.toLowerCase();
  if (LIST_PREFIXES.some((p) => op.startsWith(p))) return 'List';
  if (READ_PREFIXES.some((p) => op.startsWith(p))) return 'Read';
  return 'Write';
}

export function defineActions(table: ServiceTable): CatalogAction[] {
  const out: CatalogAction[] = [];
  for (const [resourceType, rows] of Object.entries(table.resources)) {
    for (const [operation, description, level] of rows) {
      out.push({
        action: `${table.service}:${resourceType}:${operation}`,
        service: table.service,
        resourceType,
        operation,
        level: level ?? inferAccessLevel(operation),
        description,
        supportsResources: table.supportsResources,
      });
    }
  }
  return out;
}
