// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Scope, ServiceKind } from '../model';
import { coversScope } from './scope-coverage';

const P1 = 'p-cn-north-4';
const EP = 'ep-research';

describe('coversScope (docs/policy-semantics.md §3 layer 2)', () => {
  it.each<[string, Scope, ServiceKind, string | undefined, string, boolean]>([
    ['all covers project-level', { type: 'all' }, 'project', P1, '0', true],
    ['all covers global', { type: 'all' }, 'global', undefined, '0', true],
    ['global covers global services', { type: 'global' }, 'global', undefined, '0', true],
    ['global forces project-level to all resources', { type: 'global' }, 'project', 'p-other', '0', true],
    ['projects covers a listed project', { type: 'projects', ids: [P1] }, 'project', P1, '0', true],
    ['projects does not cover another project', { type: 'projects', ids: [P1] }, 'project', 'p-cn-east-3', '0', false],
    ['projects does not cover a request without project', { type: 'projects', ids: [P1] }, 'project', undefined, '0', false],
    ['projects forces global services to all resources', { type: 'projects', ids: [P1] }, 'global', undefined, '0', true],
    ['EP scope covers the listed EP', { type: 'enterpriseProjects', ids: [EP] }, 'project', P1, EP, true],
    ['EP scope covers global actions in the listed EP', { type: 'enterpriseProjects', ids: [EP] }, 'global', undefined, EP, true],
    ['EP scope does not cover another EP', { type: 'enterpriseProjects', ids: [EP] }, 'project', P1, '0', false],
  ])('%s', (_name, scope, kind, projectId, enterpriseProjectId, want) => {
    expect(coversScope(scope, { kind, projectId, enterpriseProjectId })).toBe(want);
  });
});
