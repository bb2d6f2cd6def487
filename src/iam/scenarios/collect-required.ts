/**
 * The actions a scenario requires for a request (docs/policy-semantics.md §4): rows filtered by feature and
 * workspace condition, `*` patterns expanded over the catalog (a pattern matching nothing is
 * required as written), duplicates merged case-insensitively with all their sources.
 */
import { expandActionPattern } from '../match/expand-action-pattern';
import type { Scenario, ScenarioFeature, ScenarioRow } from '../model';

export interface RequiredAction {
  action: string;
  sources: Array<{ table: string; row: string }>;
}

export interface RequiredActions {
  user: RequiredAction[];
  agency: RequiredAction[];
}

export function rowCounts(row: ScenarioRow, features: ReadonlySet<ScenarioFeature>, workspaceEnabled: boolean): boolean {
  if (row.feature !== undefined && !features.has(row.feature)) return false;
  if (row.when === 'workspace' && !workspaceEnabled) return false;
  return true;
}

function expandEntry(entry: string): string[] {
  if (!entry.includes('*')) return [entry];
  const matched = expandActionPattern(entry);
  return matched.length > 0 ? matched : [entry];
}

function collectSide(rows: readonly ScenarioRow[]): RequiredAction[] {
  const byLower = new Map<string, RequiredAction>();
  for (const row of rows) {
    const source = { table: row.table, row: row.row };
    for (const entry of row.actions) {
      for (const action of expandEntry(entry)) {
        const key = action.toLowerCase();
        const existing = byLower.get(key);
        if (existing === undefined) byLower.set(key, { action, sources: [source] });
        else if (!existing.sources.some((s) => s.table === source.table && s.row === source.row)) existing.sources.push(source);
      }
    }
  }
  return [...byLower.values()];
}

export function collectRequired(
  scenario: Scenario,
  features: ReadonlySet<ScenarioFeature>,
  workspaceEnabled: boolean,
): RequiredActions {
  const rows = scenario.rows.filter((r) => rowCounts(r, features, workspaceEnabled));
  return {
    user: collectSide(rows.filter((r) => r.side === 'user')),
    agency: collectSide(rows.filter((r) => r.side === 'agency')),
  };
}
