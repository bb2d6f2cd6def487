import { describe, expect, it } from 'vitest';
import type { Role } from '@/api/contracts/iam';
import { assignmentTarget, planGrants } from './scope';

const role = (id: string, type: Role['type']): Role => ({
  id,
  name: id,
  display_name: id,
  type,
  description: '',
  catalog: 'system',
  policy: { Version: '1.1', Statement: [] },
});
const ma = role('ma', 'XA');
const obs = role('obs', 'AX');

describe('planGrants', () => {
  it('grants each project-level policy in every chosen region project and forces global ones to All resources', () => {
    const plan = planGrants('g1', [ma, obs], 'projects', ['p1', 'p2']);
    expect(plan.grants).toEqual([
      { groupId: 'g1', roleId: 'ma', target: { kind: 'project', projectId: 'p1' } },
      { groupId: 'g1', roleId: 'ma', target: { kind: 'project', projectId: 'p2' } },
      { groupId: 'g1', roleId: 'obs', target: { kind: 'all' } },
    ]);
    expect(plan.forcedToAll.map((r) => r.id)).toEqual(['obs']);
  });

  it('forces project-level policies chosen for Global services to All resources', () => {
    const plan = planGrants('g1', [ma, obs], 'global', []);
    expect(plan.grants.map((g) => [g.roleId, g.target.kind])).toEqual([
      ['ma', 'all'],
      ['obs', 'global'],
    ]);
    expect(plan.forcedToAll.map((r) => r.id)).toEqual(['ma']);
  });

  it('grants every policy in each enterprise project, and once for All resources', () => {
    expect(planGrants('g', [ma, obs], 'enterpriseProjects', ['e1']).grants.map((g) => g.target)).toEqual([
      { kind: 'enterpriseProject', epId: 'e1' },
      { kind: 'enterpriseProject', epId: 'e1' },
    ]);
    const all = planGrants('g', [ma, obs], 'all', []);
    expect(all.grants.map((g) => g.target.kind)).toEqual(['all', 'all']);
    expect(all.forcedToAll).toEqual([]);
  });
});

describe('assignmentTarget', () => {
  it('reads the four scopes of a role assignment', () => {
    expect(assignmentTarget({ domain: { id: 'd' }, inherited_to_projects: true })).toEqual({ kind: 'all' });
    expect(assignmentTarget({ domain: { id: 'd' } })).toEqual({ kind: 'global' });
    expect(assignmentTarget({ project: { id: 'p' } })).toEqual({ kind: 'project', projectId: 'p' });
    expect(assignmentTarget({ enterprise_project: { id: 'e' } })).toEqual({ kind: 'enterpriseProject', epId: 'e' });
  });
});
