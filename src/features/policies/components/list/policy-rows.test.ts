import { describe, expect, it } from 'vitest';
import type { Role } from '@/api/contracts/iam';
import { holdersByRole, policyRows } from './policy-rows';

const role = (id: string, catalog: Role['catalog'], type: Role['type'], description = ''): Role => ({
  id,
  name: id,
  display_name: id,
  type,
  description,
  catalog,
  policy: { Version: '1.1', Statement: [] },
});
const roles = [role('ModelArts CommonOperations', 'system', 'XA', 'ModelArts use'), role('OBS OperateAccess', 'system', 'AX'), role('team-notebooks', 'custom', 'XA')];

const holders = holdersByRole({
  assignments: [
    { id: '1', role_id: 'ModelArts CommonOperations', group_id: 'g1', scope: { project: { id: 'p1' } } },
    { id: '2', role_id: 'ModelArts CommonOperations', group_id: 'g1', scope: { project: { id: 'p2' } } },
    { id: '3', role_id: 'ModelArts CommonOperations', agency_id: 'a1', scope: { domain: { id: 'd' } } },
    { id: '4', role_id: 'OBS OperateAccess', group_id: 'g2', scope: { domain: { id: 'd' } } },
  ],
  groupNames: new Map([
    ['g1', 'vision'],
    ['g2', 'data'],
  ]),
  agencyNames: new Map([['a1', 'ma_agency']]),
});

describe('holdersByRole', () => {
  it('lists each group or agency once per policy, groups first', () => {
    expect(holders.get('ModelArts CommonOperations')).toEqual([
      { type: 'group', id: 'g1', name: 'vision' },
      { type: 'agency', id: 'a1', name: 'ma_agency' },
    ]);
    expect(holders.get('team-notebooks')).toBeUndefined();
  });
});

describe('policyRows', () => {
  it('filters by type, kind and search text (name or description)', () => {
    const names = (f: Parameters<typeof policyRows>[2]) => policyRows(roles, holders, f).map((r) => r.role.id);
    expect(names({ search: '', catalog: 'custom', kind: 'all' })).toEqual(['team-notebooks']);
    expect(names({ search: '', catalog: 'all', kind: 'global' })).toEqual(['OBS OperateAccess']);
    expect(names({ search: 'modelarts use', catalog: 'all', kind: 'all' })).toEqual(['ModelArts CommonOperations']);
    expect(policyRows(roles, holders, { search: 'obs', catalog: 'all', kind: 'all' })[0]!.holders).toHaveLength(1);
  });
});
