/**
 * Least-privilege fix policies (docs/policy-semantics.md §4, seed 004): Version 1.1 documents granting
 * exactly the missing actions, one statement per service, split into a project-level and a
 * global-service policy where both kinds are needed.
 */
import { serviceKind } from '../catalog';
import type { FixPolicy, ServiceKind, Statement } from '../model';

function serviceOf(action: string): string {
  const colon = action.indexOf(':');
  return (colon < 0 ? action : action.slice(0, colon)).toLowerCase();
}

function statementsOf(actions: readonly string[]): Statement[] {
  const byService = new Map<string, string[]>();
  for (const action of actions) {
    const service = serviceOf(action);
    const list = byService.get(service) ?? [];
    list.push(action);
    byService.set(service, list);
  }
  return [...byService.values()].map((list) => ({ Effect: 'Allow', Action: list }));
}

export function buildFixPolicies(scenarioId: string, side: 'user' | 'agency', missing: readonly string[]): FixPolicy[] {
  const kinds: ServiceKind[] = ['project', 'global'];
  const out: FixPolicy[] = [];
  for (const kind of kinds) {
    const actions = missing.filter((a) => serviceKind(serviceOf(a)) === kind);
    if (actions.length === 0) continue;
    out.push({
      name: `${scenarioId}-${side}-${kind}`,
      kind,
      document: { Version: '1.1', Statement: statementsOf(actions) },
    });
  }
  return out;
}
