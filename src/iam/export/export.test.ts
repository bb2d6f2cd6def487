import { describe, expect, it } from 'vitest';
import type { ChangePlan } from './change-plan';
import { toKooCli } from './koocli';
import { grantsToKooCli, grantsToTerraform, type GrantsPlan } from './grants';
import { revokesAsCode } from './revokes';
import { membershipsAsCode, membershipsToKooCli, membershipsToTerraform, type MembershipPlan } from './memberships';
import { agencyDuration, toTerraform } from './terraform';

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

/**
 * Every KooCLI operation the script may call, with its parameters, as the official SDK defines the
 * IAM v3 API (huaweicloud/huaweicloud-sdk-go-v3 at 1cd70eb, 2026-03-13: services/iam/v3/iam_meta.go
 * GenReqDefFor<Operation> for the operation and its path, services/iam/v3/model/model_<operation>_request.go
 * and the body models model_keystone_create_group_option.go, model_service_policy_role_option.go for
 * the parameter names). KooCLI takes path parameters as --name and body fields as --object.field
 * (or a --cli-jsonInput file {"body": …}); the --cli-* options are KooCLI's own (support.huaweicloud.com
 * usermanual-hcli hcli_05_12 "Passing API Parameters with JSON File", and "指定结果的输出格式" for
 * --cli-query / --cli-output).
 */
const SDK_OPERATIONS: Record<string, { required: readonly string[]; optional?: readonly string[]; body?: readonly string[] }> = {
  // POST /v3.0/OS-ROLE/roles, body {role: ServicePolicyRoleOption}
  CreateCloudServiceCustomPolicy: { required: [], body: ['role.display_name', 'role.type', 'role.description', 'role.description_cn', 'role.policy'] },
  // POST /v3/groups, body {group: KeystoneCreateGroupOption}
  KeystoneCreateGroup: { required: ['group.name'], optional: ['group.description', 'group.domain_id'] },
  // PUT /v3/groups/{group_id}/users/{user_id}
  KeystoneAddUserToGroup: { required: ['group_id', 'user_id'] },
  // DELETE /v3/groups/{group_id}/users/{user_id}
  KeystoneRemoveUserFromGroup: { required: ['group_id', 'user_id'] },
  // PUT /v3/domains/{domain_id}/groups/{group_id}/roles/{role_id}
  KeystoneAssociateGroupWithDomainPermission: { required: ['domain_id', 'group_id', 'role_id'] },
  // PUT /v3/projects/{project_id}/groups/{group_id}/roles/{role_id}
  KeystoneAssociateGroupWithProjectPermission: { required: ['project_id', 'group_id', 'role_id'] },
  // PUT /v3.0/OS-AGENCY/domains/{domain_id}/agencies/{agency_id}/roles/{role_id}
  AssociateAgencyWithDomainPermission: { required: ['domain_id', 'agency_id', 'role_id'] },
  // PUT /v3.0/OS-AGENCY/projects/{project_id}/agencies/{agency_id}/roles/{role_id}
  AssociateAgencyWithProjectPermission: { required: ['project_id', 'agency_id', 'role_id'] },
  // PUT /v3/OS-INHERIT/domains/{domain_id}/groups/{group_id}/roles/{role_id}/inherited_to_projects
  UpdateDomainGroupInheritRole: { required: ['domain_id', 'group_id', 'role_id'] },
  // PUT /v3.0/OS-PERMISSION/enterprise-projects/{enterprise_project_id}/groups/{group_id}/roles/{role_id}
  AssociateRoleToGroupOnEnterpriseProject: { required: ['enterprise_project_id', 'group_id', 'role_id'] },
  // PUT /v3.0/OS-INHERIT/domains/{domain_id}/agencies/{agency_id}/roles/{role_id}/inherited_to_projects
  AssociateAgencyWithAllProjectsPermission: { required: ['domain_id', 'agency_id', 'role_id'] },
  // DELETE twins of the group grants above (same paths)
  DeleteDomainGroupInheritedRole: { required: ['domain_id', 'group_id', 'role_id'] },
  KeystoneRemoveDomainPermissionFromGroup: { required: ['domain_id', 'group_id', 'role_id'] },
  KeystoneRemoveProjectPermissionFromGroup: { required: ['project_id', 'group_id', 'role_id'] },
  RevokeRoleFromGroupOnEnterpriseProject: { required: ['enterprise_project_id', 'group_id', 'role_id'] },
};

/** Asserts every hcloud command of `script` against SDK_OPERATIONS; returns the operations used. */
function checkKooCli(script: string): Set<string> {
  const seen = new Set<string>();
  for (const { operation, params } of commandsOf(script)) {
    seen.add(operation);
    const op = SDK_OPERATIONS[operation];
    expect(op, operation).toBeDefined();
    const own = params.filter((p) => !p.startsWith('cli-'));
    for (const p of own) expect([...op!.required, ...(op!.optional ?? [])], `${operation} --${p}`).toContain(p);
    for (const p of params.filter((x) => x.startsWith('cli-'))) expect(KOOCLI_OPTIONS, `${operation} --${p}`).toContain(p);
    if (!params.includes('cli-jsonInput')) for (const r of op!.required) expect(own, `${operation} needs --${r}`).toContain(r);
  }
  for (const keys of jsonInputKeys(script)) {
    for (const k of keys) expect(SDK_OPERATIONS.CreateCloudServiceCustomPolicy!.body!.map((b) => `body.${b}`), k).toContain(k);
  }
  return seen;
}
const KOOCLI_OPTIONS = ['cli-jsonInput', 'cli-query', 'cli-output'];

/** Each `hcloud IAM <Operation> --name=…` of a script: the operation and its parameter names. */
function commandsOf(script: string): Array<{ operation: string; params: string[] }> {
  return [...script.matchAll(/hcloud IAM (\w+)((?: --[\w.-]+=(?:'[^']*'|"[^"]*"|\S+))*)/g)].map((m) => ({
    operation: m[1]!,
    params: [...m[2]!.matchAll(/--([\w.-]+)=/g)].map((p) => p[1]!),
  }));
}

/** The dotted keys of each --cli-jsonInput file the script writes (heredoc JSON). */
function jsonInputKeys(script: string): string[][] {
  return [...script.matchAll(/<<'JSON'\n([\s\S]*?)\nJSON\n/g)].map((m) => {
    const keys: string[] = [];
    const walk = (o: unknown, prefix: string, depth: number) => {
      if (depth === 0 || o === null || typeof o !== 'object' || Array.isArray(o)) return void keys.push(prefix);
      for (const [k, v] of Object.entries(o)) walk(v, prefix ? `${prefix}.${k}` : k, depth - 1);
    };
    walk(JSON.parse(m[1]!), '', 3);
    return keys;
  });
}

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
    // A cloud service delegate: the documented argument, and a word on the provider's internal one.
    expect(hcl).toContain('delegated_domain_name = "op_svc_modelarts"');
    expect(hcl).toContain('internal delegated_service_name');
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

  it('names only operations and parameters of the official SDK, each with its required ones', () => {
    const variants = [
      script,
      toKooCli({ ...PLAN, group: { kind: 'existing', id: 'g-dev', name: 'developers' } }),
      toKooCli({ ...PLAN, agency: { ...PLAN.agency!, grants: ['user-0'] } }),
    ];
    const seen = new Set(variants.flatMap((text) => [...checkKooCli(text)]));
    // Every operation this generator can write was seen (the project-scoped agency grant included).
    expect([...seen].sort()).toEqual(
      ['AssociateAgencyWithDomainPermission', 'AssociateAgencyWithProjectPermission', 'CreateCloudServiceCustomPolicy', 'KeystoneAddUserToGroup', 'KeystoneAssociateGroupWithDomainPermission', 'KeystoneAssociateGroupWithProjectPermission', 'KeystoneCreateGroup'],
    );
  });
});

describe('agencyDuration (IAM hours → the provider’s days)', () => {
  it('keeps FOREVER and ONEDAY and converts whole days', () => {
    expect(agencyDuration(null)).toEqual({ value: 'FOREVER' });
    expect(agencyDuration('FOREVER')).toEqual({ value: 'FOREVER' });
    expect(agencyDuration('ONEDAY')).toEqual({ value: 'ONEDAY' });
    expect(agencyDuration('48')).toEqual({ value: '2' });
  });

  it('writes what the provider reads back for hours that are not whole days, and says so', () => {
    const d = agencyDuration('36');
    expect(d.value).toBe('1');
    expect(d.note).toContain('36 hours');
  });

  it('puts days, never hours, in the agency block', () => {
    const hcl = toTerraform({ ...PLAN, agency: { ...PLAN.agency!, duration: '720' } });
    expect(hcl).toMatch(/duration\s+= "30"\n/);
    expect(hcl).not.toContain('"720"');
  });
});

const GRANTS: GrantsPlan = {
  title: 'Authorize developers',
  domainId: 'd-acme',
  grants: [
    { principal: { type: 'group', id: 'g-dev', name: 'developers' }, role: { id: 'r-ma', name: 'ModelArts CommonOperations' }, scope: { kind: 'all' } },
    { principal: { type: 'group', id: 'g-dev', name: 'developers' }, role: { id: 'r-obs', name: 'OBS OperateAccess' }, scope: { kind: 'global' } },
    { principal: { type: 'group', id: 'g-dev', name: 'developers' }, role: { id: 'r-ma', name: 'ModelArts CommonOperations' }, scope: { kind: 'project', id: 'p-cn-north-4', name: 'cn-north-4' } },
    { principal: { type: 'group', id: 'g-dev', name: 'developers' }, role: { id: 'r-ma', name: 'ModelArts CommonOperations' }, scope: { kind: 'enterpriseProject', id: 'ep-1', name: 'research' } },
    { principal: { type: 'agency', id: 'ag-1', name: 'ma_agency' }, role: { id: 'r-obs', name: 'OBS OperateAccess' }, scope: { kind: 'global' } },
    { principal: { type: 'agency', id: 'ag-1', name: 'ma_agency' }, role: { id: 'r-ma', name: 'ModelArts CommonOperations' }, scope: { kind: 'project', id: 'p-cn-north-4', name: 'cn-north-4' } },
    { principal: { type: 'agency', id: 'ag-1', name: 'ma_agency' }, role: { id: 'r-ma', name: 'ModelArts CommonOperations' }, scope: { kind: 'all' } },
  ],
};

describe('grants as code (Authorize, Attach to…)', () => {
  const hcl = grantsToTerraform(GRANTS);
  const script = grantsToKooCli(GRANTS);

  it('is stable', () => {
    expect(hcl).toMatchSnapshot();
    expect(script).toMatchSnapshot();
  });

  it('Terraform: one documented group role assignment per group grant, in its scope; agencies only as advice', () => {
    const used = argumentsOf(hcl);
    expect([...used.keys()]).toEqual(['huaweicloud_identity_group_role_assignment']);
    for (const a of used.get('huaweicloud_identity_group_role_assignment')!) expect(DOCUMENTED.huaweicloud_identity_group_role_assignment).toContain(a);
    expect(hcl.match(/^resource /gm)).toHaveLength(4);
    expect(hcl).toMatch(/role_id\s+= "r-ma"\n\s+project_id = "all"\n/);
    expect(hcl).toMatch(/role_id\s+= "r-obs"\n\s+domain_id = "d-acme"\n/);
    expect(hcl).toMatch(/role_id\s+= "r-ma"\n\s+project_id = "p-cn-north-4"\n/);
    expect(hcl).toMatch(/role_id\s+= "r-ma"\n\s+enterprise_project_id = "ep-1"\n/);
    // The agency's grants: which documented argument of huaweicloud_identity_agency each role goes to.
    expect(hcl).toContain('#   domain_roles = ["OBS OperateAccess", …]');
    expect(hcl).toContain('#   project_role { project = "cn-north-4", roles = ["ModelArts CommonOperations", …] }');
    expect(hcl).toContain('#   all_resources_roles = ["ModelArts CommonOperations", …]');
  });

  it('KooCLI: one official SDK operation per grant, by scope', () => {
    expect(commandsOf(script)).toHaveLength(GRANTS.grants.length);
    expect([...checkKooCli(script)].sort()).toEqual([
      'AssociateAgencyWithAllProjectsPermission',
      'AssociateAgencyWithDomainPermission',
      'AssociateAgencyWithProjectPermission',
      'AssociateRoleToGroupOnEnterpriseProject',
      'KeystoneAssociateGroupWithDomainPermission',
      'KeystoneAssociateGroupWithProjectPermission',
      'UpdateDomainGroupInheritRole',
    ]);
    expect(script).toContain("hcloud IAM AssociateRoleToGroupOnEnterpriseProject --enterprise_project_id='ep-1' --group_id='g-dev' --role_id='r-ma'");
  });
});

describe('membership changes as code (Add members)', () => {
  const PLAN_M: MembershipPlan = {
    title: 'Add 2 users to data-scientists',
    group: { id: 'g-ds', name: 'data-scientists' },
    add: [
      { id: 'u-maya', name: 'maya' },
      { id: "u-o'neil", name: "o'neil" },
    ],
    remove: [{ id: 'u-liam', name: 'liam' }],
  };
  const hcl = membershipsToTerraform(PLAN_M);
  const script = membershipsToKooCli(PLAN_M);

  it('is stable', () => {
    expect(hcl).toMatchSnapshot();
    expect(script).toMatchSnapshot();
  });

  it('Terraform: creates no membership resource (the provider’s manages the whole member list), names each user to add or remove', () => {
    expect(argumentsOf(hcl).size).toBe(0);
    expect(hcl).not.toMatch(/^resource /m);
    expect(hcl).toContain('huaweicloud_identity_group_membership reads back a');
    expect(hcl).toContain('terraform import huaweicloud_identity_group_membership.<name> g-ds');
    expect(hcl).toContain('#   add to users:      "u-maya" (maya)');
    expect(hcl).toContain('#   remove from users: "u-liam" (liam)');
    // The advice names the resource's documented argument.
    expect(DOCUMENTED.huaweicloud_identity_group_membership).toContain('users');
  });

  it('either format on request (Copy as Terraform / KooCLI)', () => {
    expect(membershipsAsCode(PLAN_M, 'terraform')).toBe(hcl);
    expect(membershipsAsCode(PLAN_M, 'koocli')).toBe(script);
  });

  it('KooCLI: one official SDK operation per user, values quoted for the shell', () => {
    expect([...checkKooCli(script)].sort()).toEqual(['KeystoneAddUserToGroup', 'KeystoneRemoveUserFromGroup']);
    expect(commandsOf(script)).toHaveLength(3);
    expect(script).toContain(`hcloud IAM KeystoneAddUserToGroup --group_id='g-ds' --user_id='u-o'\\''neil'`);
    expect(script).toContain("hcloud IAM KeystoneRemoveUserFromGroup --group_id='g-ds' --user_id='u-liam'");
  });
});

describe('removing group grants as code (a group’s Permissions → Remove)', () => {
  // The four group grants of GRANTS (one per scope); its agency grants are not group grants and are left out.
  const PLAN_R: GrantsPlan = { ...GRANTS, title: 'Remove grants of developers' };
  const hcl = revokesAsCode(PLAN_R, 'terraform');
  const script = revokesAsCode(PLAN_R, 'koocli');

  it('is stable', () => {
    expect(hcl).toMatchSnapshot();
    expect(script).toMatchSnapshot();
  });

  it('KooCLI: the official SDK’s DELETE operation of each scope', () => {
    expect(commandsOf(script)).toHaveLength(4);
    expect([...checkKooCli(script)].sort()).toEqual(['DeleteDomainGroupInheritedRole', 'KeystoneRemoveDomainPermissionFromGroup', 'KeystoneRemoveProjectPermissionFromGroup', 'RevokeRoleFromGroupOnEnterpriseProject']);
    expect(script).toContain("hcloud IAM KeystoneRemoveProjectPermissionFromGroup --project_id='p-cn-north-4' --group_id='g-dev' --role_id='r-ma'");
  });

  it('Terraform: creates nothing, names the documented assignment to delete by its arguments', () => {
    expect(hcl).not.toMatch(/^resource /m);
    for (const [, a] of hcl.matchAll(/[,#] +(\w+) = /g)) expect(DOCUMENTED.huaweicloud_identity_group_role_assignment, a).toContain(a);
    expect(hcl).toContain('#   group_id = "g-dev", role_id = "r-ma", project_id = "all"');
    expect(hcl).toContain('#   group_id = "g-dev", role_id = "r-obs", domain_id = "d-acme"');
    expect(hcl).toContain('#   group_id = "g-dev", role_id = "r-ma", enterprise_project_id = "ep-1"');
  });
});
