/**
 * The Policies list's rows: each role with its kind and holders ("used by": groups and agencies
 * from the role assignments), and the search / type / kind filter. Pure.
 */
import type { Role } from '@/api/contracts/iam';
import type { PolicyHolderSources } from '@/api/resources/grants';

export type PolicyKind = 'project' | 'global';
export interface Holder {
  type: 'group' | 'agency';
  id: string;
  name: string;
}
export interface PolicyRow {
  role: Role;
  kind: PolicyKind;
  holders: Holder[];
}

export const kindOf = (role: Pick<Role, 'type'>): PolicyKind => (role.type === 'AX' || role.type === 'AA' ? 'global' : 'project');

export function holdersByRole(sources: PolicyHolderSources): Map<string, Holder[]> {
  const out = new Map<string, Holder[]>();
  for (const a of sources.assignments) {
    const holder: Holder | null =
      a.group_id !== undefined
        ? { type: 'group', id: a.group_id, name: sources.groupNames.get(a.group_id) ?? a.group_id }
        : a.agency_id !== undefined
          ? { type: 'agency', id: a.agency_id, name: sources.agencyNames.get(a.agency_id) ?? a.agency_id }
          : null;
    if (!holder) continue;
    const list = out.get(a.role_id) ?? [];
    if (!list.some((h) => h.type === holder.type && h.id === holder.id)) list.push(holder);
    out.set(a.role_id, list);
  }
  for (const list of out.values()) list.sort((x, y) => (x.type === y.type ? x.name.localeCompare(y.name) : x.type === 'group' ? -1 : 1));
  return out;
}

export interface PolicyFilter {
  search: string;
  catalog: 'all' | 'system' | 'custom';
  kind: 'all' | PolicyKind;
}

export function policyRows(roles: readonly Role[], holders: Map<string, Holder[]> | undefined, filter: PolicyFilter): PolicyRow[] {
  const needle = filter.search.trim().toLowerCase();
  return roles
    .map((role) => ({ role, kind: kindOf(role), holders: holders?.get(role.id) ?? [] }))
    .filter(
      (r) =>
        (filter.catalog === 'all' || r.role.catalog === filter.catalog) &&
        (filter.kind === 'all' || r.kind === filter.kind) &&
        (!needle ||
          r.role.display_name.toLowerCase().includes(needle) ||
          r.role.description.toLowerCase().includes(needle) ||
          (r.role.description_cn ?? '').toLowerCase().includes(needle)),
    );
}
