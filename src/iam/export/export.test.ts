import { describe, expect, it } from 'vitest';
import type { ChangePlan } from './change-plan';
import { toKooCli } from './koocli';
import { toTerraform } from './terraform';

/**
 * Every resource and argument the generator may write, as the provider documents them
 * (huaweicloud/terraform-provider-huaweicloud docs/resources/<name>.md at a0345b8, 2026-08-21:
 * identity_role.md, identity_group.md, identity_group_membership.md,
 * identity_group_role_assignment.md, identity_agency.md). Nested blocks list their own arguments.
 */
const DOCUMENTED: Record<string, readonly string[]> = {
  huaweicloud_identity_role: ['name', 'description', 'type', 'policy'],
  huaweicloud_identity_group: ['name', 'description'],
  huaweicloud_identity_group_membership: ['group', 'users'],
  huaweicloud_identity_group_role_assignment: ['group_id', 'role_id', 'domain_id', 'project_id', 'enterprise_project_id'],
  huaweicloud_identity_agency: ['name', 'delegated_domain_name', 'description', 'duration', 'project_role', 'domain_roles', 'all_resources_roles', 'enterprise_project_roles'],
  'huaweicloud_identity_agency.project_role': ['project', 'roles'],
  'huaweicloud_identity_agency.enterprise_project_roles': ['enterprise_project', 'roles'],
};

const policy = (action: string) => ({ Version: '1.1', Statement: [{ Effect: 'Allow', Action: [action] }] });

const PLAN: ChangePlan = {
  title: 'Fix for training-management of omar',
  domainId: 'd-acme',
  region: { projectId: 'p-cn-north-4', projectName: 'cn-north-4' },
  policies: [
    { key: 'user-0', name: 'training-management-omar-user-project', description: 'Fix for omar', kind: 'project', document: policy('modelarts:trainJob:create') },
    { key: 'user-1', name: 'training-management-omar-user-global', description: 'Fix for omar', kind: 'global', document: policy('obs:object:GetObject') },
    { key: 'agency-0', name: 'training-management-omar-agency-global', description: 'Fix for omar', kind: 'global', document: policy('obs:bucket:ListBucket') },
  ],
  group: { kind: 'new', name: 'fix-training-management-omar', description: 'Created by the access analyzer', user: { id: 'u-omar', name: 'omar' } },
  groupGrants: ['user-0', 'user-1'],
  agency: {
    id: 'ag-omar',
    name: 'modelarts_agency_omar_1a2b',
    delegate: 'op_svc_modelarts',
    duration: 'FOREVER',
    description: 'Created by ModelArts service.',
    current: { domain: ['OBS OperateAccess'], allResources: [], projects: [{ project: 'cn-north-4', roles: ['ModelArts CommonOperations'] }], enterpriseProjects: [] },
    grants: ['agency-0'],
  },
};

/** Resource types and the argument / block names used in each block (nested blocks as type.block). */
function argumentsOf(hcl: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const stack: string[] = [];
  let inHeredoc: string | null = null;
  for (const line of hcl.split('\n')) {
    if (inHeredoc) {
      if (line.trim() === inHeredoc) inHeredoc = null;
      continue;
    }
    const heredoc = /<<(\w+)\s*$/.exec(line);
    const resource = /^resource "([\w]+)" "[\w-]+" \{$/.exec(line);
    const block = /^\s+(\w+) \{$/.exec(line);
    const attr = /^\s+(\w+)\s+=/.exec(line);
    if (resource) stack.push(resource[1]!);
    else if (block && stack.length > 0) {
      out.get(stack[stack.length - 1]!)!.add(block[1]!);
      stack.push(`${stack[0]}.${block[1]}`);
    } else if (/^\s*\}$/.test(line)) stack.pop();
    else if (attr && stack.length > 0) {
      const key = stack[stack.length - 1]!;
      if (!out.has(key)) out.set(key, new Set());
      out.get(key)!.add(attr[1]!);
    }
    if (resource && !out.has(resource[1]!)) out.set(resource[1]!, new Set());
    if (heredoc) inHeredoc = heredoc[1]!;
  }
  return out;
}

describe('toTerraform', () => {
  const hcl = toTerraform(PLAN);

  it('is stable', () => {
    expect(hcl).toMatchSnapshot();
  });

  it('names only resources and arguments the huaweicloud provider documents', () => {
    const used = argumentsOf(hcl);
    expect([...used.keys()].sort()).toEqual([
      'huaweicloud_identity_agency',
      'huaweicloud_identity_agency.project_role',
      'huaweicloud_identity_group',
      'huaweicloud_identity_group_membership',
      'huaweicloud_identity_group_role_assignment',
      'huaweicloud_identity_role',
    ]);
    for (const [resource, args] of used) for (const a of args) expect(DOCUMENTED[resource], `${resource}.${a}`).toContain(a);
  });

  it('scopes each grant by the policy kind and keeps the agency’s current roles', () => {
    expect(hcl).toMatch(/role_id\s+= huaweicloud_identity_role\.training-management-omar-user-project\.id\n\s+project_id = "p-cn-north-4"/);
    expect(hcl).toMatch(/role_id\s+= huaweicloud_identity_role\.training-management-omar-user-global\.id\n\s+domain_id = "d-acme"/);
    expect(hcl).toContain('domain_roles          = ["OBS OperateAccess", huaweicloud_identity_role.training-management-omar-agency-global.name]');
    expect(hcl).toContain('roles   = ["ModelArts CommonOperations"]');
    expect(hcl).toContain('terraform import huaweicloud_identity_agency.modelarts_agency_omar_1a2b ag-omar');
  });

  it('never lets a policy interpolate (${ and %{ are escaped)', () => {
    const tricky = toTerraform({ ...PLAN, policies: [{ ...PLAN.policies[0]!, name: 'a${b}', document: policy('x:${y}:%{z}') }], groupGrants: ['user-0'], agency: undefined });
    expect(tricky).toContain('"a$${b}"');
    expect(tricky).toContain('x:$${y}:%%{z}');
  });

  it('grants to an existing group by id and declares the delegated account when unknown', () => {
    const out = toTerraform({ ...PLAN, group: { kind: 'existing', id: 'g-dev', name: 'developers' }, agency: { ...PLAN.agency!, delegate: null } });
    expect(out).not.toContain('huaweicloud_identity_group"');
    expect(out).not.toContain('huaweicloud_identity_group_membership');
    expect(out).toContain('group_id   = "g-dev"');
    expect(out).toContain('variable "delegated_domain_name" {}');
  });
});

describe('toKooCli', () => {
  const script = toKooCli(PLAN);

  it('is stable', () => {
    expect(script).toMatchSnapshot();
  });

  it('uses the IAM operations of the official SDKs and quotes every value for the shell', () => {
    const operations = [...script.matchAll(/hcloud IAM (\w+)/g)].map((m) => m[1]);
    expect(new Set(operations)).toEqual(
      new Set([
        'CreateCloudServiceCustomPolicy',
        'KeystoneCreateGroup',
        'KeystoneAddUserToGroup',
        'KeystoneAssociateGroupWithProjectPermission',
        'KeystoneAssociateGroupWithDomainPermission',
        'AssociateAgencyWithDomainPermission',
      ]),
    );
    expect(toKooCli({ ...PLAN, group: { ...PLAN.group!, name: "it's" } as ChangePlan['group'] })).toContain(`--group.name='it'\\''s'`);
  });
});
