import { describe, expect, it } from 'vitest';
import type { ChangePlan } from './change-plan';
import { toKooCli } from './koocli';
import { grantsToKooCli, grantsToTerraform, type GrantsPlan } from './grants';
import { revokesAsCode } from './revokes';
import { membershipsAsCode, membershipsToKooCli, membershipsToTerraform, type MembershipPlan } from './memberships';
import { agencyDuration, toTerraform } from './terraform';
import { authorizationsAsCode, type AuthorizationPlan } from './authorizations';
import { authModeAsCode, workspaceAsCode, type WorkspacePlan } from './workspace';
import { deletionAsCode, type DeletionPlan } from './deletions';
import { policyEditAsCode } from './policy-edit';

/**
 * Every resource and argument the generator may write, as the provider documents them
 * (huaweicloud/terraform-provider-huaweicloud docs/resources/<name>.md at a0345b8, 2026-08-21:
 * identity_role.md, identity_group.md, identity_group_membership.md,
 * identity_group_role_assignment.md, identity_agency.md, identity_user.md, modelarts_authorization.md,
 * modelarts_workspace.md). Nested blocks list their own arguments.
 */
const DOCUMENTED: Record<string, readonly string[]> = {
  huaweicloud_identity_role: ['name', 'description', 'type', 'policy'],
  huaweicloud_identity_group: ['name', 'description'],
  huaweicloud_identity_group_membership: ['group', 'users'],
  huaweicloud_identity_group_role_assignment: ['group_id', 'role_id', 'domain_id', 'project_id', 'enterprise_project_id'],
  huaweicloud_identity_agency: ['name', 'delegated_domain_name', 'description', 'duration', 'project_role', 'domain_roles', 'all_resources_roles', 'enterprise_project_roles'],
  'huaweicloud_identity_agency.project_role': ['project', 'roles'],
  'huaweicloud_identity_agency.enterprise_project_roles': ['enterprise_project', 'roles'],
  huaweicloud_identity_user: ['name', 'description', 'email', 'phone', 'country_code', 'password', 'pwd_reset', 'enabled', 'access_type'],
  huaweicloud_modelarts_authorization: ['region', 'user_id', 'type', 'agency_name'],
  huaweicloud_modelarts_workspace: ['region', 'name', 'description', 'enterprise_project_id', 'auth_type', 'grants'],
  'huaweicloud_modelarts_workspace.grants': ['user_id', 'user_name'],
};

/** Every huaweicloud_* name a text mentions (resources written, or named in advice) is a documented resource. */
function expectOnlyDocumentedResources(text: string) {
  for (const [name] of text.matchAll(/huaweicloud_\w+/g)) expect(Object.keys(DOCUMENTED), name).toContain(name);
}

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
  // DELETE twins of the agency grants (same paths as AssociateAgencyWith…Permission)
  RemoveAllProjectsPermissionFromAgency: { required: ['domain_id', 'agency_id', 'role_id'] },
  RemoveDomainPermissionFromAgency: { required: ['domain_id', 'agency_id', 'role_id'] },
  RemoveProjectPermissionFromAgency: { required: ['project_id', 'agency_id', 'role_id'] },
  // DELETE /v3/users/{user_id}, /v3/groups/{group_id}, /v3.0/OS-ROLE/roles/{role_id}
  KeystoneDeleteUser: { required: ['user_id'] },
  KeystoneDeleteGroup: { required: ['group_id'] },
  // DELETE /v3.0/OS-AGENCY/agencies/{agency_id}
  DeleteAgency: { required: ['agency_id'] },
  // PATCH /v3.0/OS-ROLE/roles/{role_id}, body {role: ServicePolicyRoleOption} (model_update_cloud_service_custom_policy_request_body.go)
  UpdateCloudServiceCustomPolicy: { required: ['role_id'], body: ['role.display_name', 'role.type', 'role.description', 'role.description_cn', 'role.policy'] },
  DeleteCustomPolicy: { required: ['role_id'] },
  // POST /v3.0/OS-AGENCY/agencies, body {agency: CreateAgencyOption} (model_create_agency_option.go)
  CreateAgency: { required: ['agency.name', 'agency.domain_id'], optional: ['agency.trust_domain_id', 'agency.trust_domain_name', 'agency.description', 'agency.duration'] },
  // ModelArts (services/modelarts/v1 at 79d2f4a): POST /v2/{project_id}/authorizations, body AuthorizationRequest
  'ModelArts.CreateAuthorization': { required: ['project_id', 'content'], optional: ['user_id', 'user_name', 'user_type', 'type', 'secret_key'] },
  // DELETE /v2/{project_id}/authorizations?user_id= (model_delete_authorizations_request.go)
  'ModelArts.DeleteAuthorizations': { required: ['project_id', 'user_id'] },
  // PUT /v1/{project_id}/workspaces/{workspace_id}, body UpdateWorkspaceReq (model_update_workspace_req.go)
  'ModelArts.UpdateWorkspace': { required: ['project_id', 'workspace_id'], body: ['name', 'description', 'auth_type', 'grants'] },
};

/** Asserts every hcloud command of `script` against SDK_OPERATIONS; returns the operations used. */
function checkKooCli(script: string): Set<string> {
  const seen = new Set<string>();
  const files = jsonInputFiles(script);
  for (const { operation, params, jsonInput } of commandsOf(script)) {
    seen.add(operation);
    const op = SDK_OPERATIONS[operation];
    expect(op, operation).toBeDefined();
    const own = params.filter((p) => !p.startsWith('cli-'));
    for (const p of own) expect([...op!.required, ...(op!.optional ?? [])], `${operation} --${p}`).toContain(p);
    for (const p of params.filter((x) => x.startsWith('cli-'))) expect(KOOCLI_OPTIONS, `${operation} --${p}`).toContain(p);
    if (jsonInput === undefined) for (const r of op!.required) expect(own, `${operation} needs --${r}`).toContain(r);
    else {
      // Path parameters on the command line, the body in the file (KooCLI: one place per position).
      const keys = files.get(jsonInput);
      expect(keys, `${operation}: ${jsonInput} is written before it is used`).toBeDefined();
      for (const k of keys!) expect((op!.body ?? []).map((b) => `body.${b}`), `${operation} ${k}`).toContain(k);
    }
  }
  return seen;
}
/** KooCLI's own options (support.huaweicloud.com usermanual-hcli: "Specifying Region", "Passing API Parameters with JSON File", output format). */
const KOOCLI_OPTIONS = ['cli-jsonInput', 'cli-query', 'cli-output', 'cli-region'];

/** Each `hcloud IAM|ModelArts <Operation> --name=…` of a script: the operation (ModelArts ones as ModelArts.<Operation>), its parameter names and its JSON file. */
function commandsOf(script: string): Array<{ operation: string; params: string[]; jsonInput?: string }> {
  return [...script.matchAll(/hcloud (IAM|ModelArts) (\w+)((?: --[\w.-]+=(?:'[^']*'|"[^"]*"|\S+))*)/g)].map((m) => ({
    operation: m[1] === 'IAM' ? m[2]! : `ModelArts.${m[2]!}`,
    params: [...m[3]!.matchAll(/--([\w.-]+)=/g)].map((p) => p[1]!),
    ...(/--cli-jsonInput=(\S+)/.exec(m[3]!) ? { jsonInput: /--cli-jsonInput=(\S+)/.exec(m[3]!)![1]! } : {}),
  }));
}

/** The dotted keys of each --cli-jsonInput file the script writes (`cat > FILE <<'JSON'`), by file name. */
function jsonInputFiles(script: string): Map<string, string[]> {
  return new Map(
    [...script.matchAll(/cat > (\S+) <<'JSON'\n([\s\S]*?)\nJSON\n/g)].map((m) => {
      const keys: string[] = [];
      const walk = (o: unknown, prefix: string, depth: number) => {
        if (depth === 0 || o === null || typeof o !== 'object' || Array.isArray(o)) return void keys.push(prefix);
        for (const [k, v] of Object.entries(o)) walk(v, prefix ? `${prefix}.${k}` : k, depth - 1);
      };
      walk(JSON.parse(m[2]!), '', m[1]!.startsWith('IAM_') ? 3 : 2);
      return [m[1]!, keys] as const;
    }),
  );
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

describe('removing grants as code (a group’s or an agency’s Permissions → Remove)', () => {
  // The four group grants of GRANTS (one per scope) and its three agency grants.
  const PLAN_R: GrantsPlan = { ...GRANTS, title: 'Remove grants of developers' };
  const hcl = revokesAsCode(PLAN_R, 'terraform');
  const script = revokesAsCode(PLAN_R, 'koocli');

  it('is stable', () => {
    expect(hcl).toMatchSnapshot();
    expect(script).toMatchSnapshot();
  });

  it('KooCLI: the official SDK’s DELETE operation of each scope', () => {
    expect(commandsOf(script)).toHaveLength(7);
    expect([...checkKooCli(script)].sort()).toEqual([
      'DeleteDomainGroupInheritedRole',
      'KeystoneRemoveDomainPermissionFromGroup',
      'KeystoneRemoveProjectPermissionFromGroup',
      'RemoveAllProjectsPermissionFromAgency',
      'RemoveDomainPermissionFromAgency',
      'RemoveProjectPermissionFromAgency',
      'RevokeRoleFromGroupOnEnterpriseProject',
    ]);
    expect(script).toContain("hcloud IAM RemoveProjectPermissionFromAgency --project_id='p-cn-north-4' --agency_id='ag-1' --role_id='r-ma'");
    expect(script).toContain("hcloud IAM KeystoneRemoveProjectPermissionFromGroup --project_id='p-cn-north-4' --group_id='g-dev' --role_id='r-ma'");
  });

  it('Terraform: creates nothing, names the documented assignment to delete by its arguments', () => {
    expect(hcl).not.toMatch(/^resource /m);
    for (const [, a] of hcl.matchAll(/[,#] +(\w+) = /g)) expect(DOCUMENTED.huaweicloud_identity_group_role_assignment, a).toContain(a);
    expectOnlyDocumentedResources(hcl);
    // An agency's role: which documented argument of huaweicloud_identity_agency to take it out of.
    expect(hcl).toContain('# "OBS OperateAccess" out of its domain_roles in the huaweicloud_identity_agency that manages it');
    expect(hcl).toContain('out of the roles of its project_role { project = "cn-north-4" }');
    expect(hcl).toContain('out of its all_resources_roles');
    for (const a of ['domain_roles', 'all_resources_roles', 'project_role']) expect(DOCUMENTED.huaweicloud_identity_agency).toContain(a);
    expect(hcl).toContain('#   group_id = "g-dev", role_id = "r-ma", project_id = "all"');
    expect(hcl).toContain('#   group_id = "g-dev", role_id = "r-obs", domain_id = "d-acme"');
    expect(hcl).toContain('#   group_id = "g-dev", role_id = "r-ma", enterprise_project_id = "ep-1"');
  });
});

const REGION = { projectId: 'p-cn-north-4', name: 'cn-north-4' };
const authPlan = (change: AuthorizationPlan['change'], title = 'Authorization'): AuthorizationPlan => ({ title, domainId: 'd-acme', region: REGION, change });
const NEW_AGENCY = {
  name: 'ma_agency_maya',
  description: 'Created by ModelArts service.',
  grants: [
    { role: { id: 'r-ma', name: 'ModelArts CommonOperations' }, scope: { kind: 'domain' as const } },
    { role: { id: 'r-obs', name: 'OBS OperateAccess' }, scope: { kind: 'project' as const, id: 'p-cn-north-4', name: 'cn-north-4' } },
  ],
};
const MAYA = { userType: 'iam' as const, userId: 'u-maya', userName: 'maya', agencyName: 'ma_agency_maya' };

describe('authorizations as code (Add / Modify / Delete Authorization, Clear)', () => {
  const add = authPlan({ kind: 'add', row: MAYA, newAgency: NEW_AGENCY }, 'Add Authorization: maya');
  const variants: AuthorizationPlan[] = [
    add,
    authPlan({ kind: 'add', row: { userType: 'all-users', userId: null, userName: null, agencyName: 'modelarts_agency' }, newAgency: null }),
    authPlan({ kind: 'add', row: { userType: 'federate', userId: null, userName: 'fed-zoe', agencyName: 'ma_agency_zoe' }, newAgency: null }),
    authPlan({ kind: 'add', row: { userType: 'grant', userId: 'ag-partner', userName: 'partner_agency', agencyName: 'ma_agency_p' }, newAgency: null }),
    authPlan({ kind: 'modify', row: { ...MAYA, agencyName: 'ma_agency_other' }, newAgency: null }),
    authPlan({ kind: 'modify', row: { userType: 'all-users', userId: null, userName: null, agencyName: 'ma_agency_all' }, newAgency: null }),
    authPlan({ kind: 'delete', row: MAYA }),
    authPlan({ kind: 'delete', row: { userType: 'all-users', userId: 'all-users', userName: 'all-users', agencyName: 'modelarts_agency' } }),
    authPlan({ kind: 'clear' }),
  ];

  it('is stable', () => {
    for (const plan of variants) {
      expect(authorizationsAsCode(plan, 'terraform')).toMatchSnapshot();
      expect(authorizationsAsCode(plan, 'koocli')).toMatchSnapshot();
    }
  });

  it('Terraform: only documented resources and arguments; the new agency is created and named by the authorization', () => {
    for (const plan of variants) {
      const hcl = authorizationsAsCode(plan, 'terraform');
      expectOnlyDocumentedResources(hcl);
      for (const [resource, args] of argumentsOf(hcl)) for (const a of args) expect(DOCUMENTED[resource], `${resource}.${a}`).toContain(a);
    }
    const hcl = authorizationsAsCode(add, 'terraform');
    expect([...argumentsOf(hcl).keys()].sort()).toEqual(['huaweicloud_identity_agency', 'huaweicloud_identity_agency.project_role', 'huaweicloud_modelarts_authorization']);
    expect(hcl).toContain('domain_roles          = ["ModelArts CommonOperations"]');
    expect(hcl).toMatch(/project = "cn-north-4"\n\s+roles\s+= \["OBS OperateAccess"\]/);
    expect(hcl).toMatch(/user_id\s+= "u-maya"\n\s+type\s+= "agency"\n\s+agency_name = huaweicloud_identity_agency\.ma_agency_maya\.name/);
  });

  it('Terraform: all users by the provider’s "all-users"; federated users and agencies only as advice (the resource has no user_type)', () => {
    expect(authorizationsAsCode(variants[1]!, 'terraform')).toMatch(/user_id\s+= "all-users"/);
    for (const plan of [variants[2]!, variants[3]!]) {
      const hcl = authorizationsAsCode(plan, 'terraform');
      expect(hcl).not.toMatch(/^resource /m);
      expect(hcl).toContain('it sends no user_type');
    }
  });

  it('Terraform: Modify updates agency_name in place after an import; Delete and Clear create nothing', () => {
    const modify = authorizationsAsCode(variants[4]!, 'terraform');
    expect(modify).toContain('terraform import huaweicloud_modelarts_authorization.maya_authorization u-maya');
    expect(modify).toMatch(/agency_name = "ma_agency_other"/);
    for (const plan of variants.slice(6)) expect(authorizationsAsCode(plan, 'terraform')).not.toMatch(/^resource /m);
    expect(authorizationsAsCode(variants[6]!, 'terraform')).toContain('huaweicloud_modelarts_authorization with user_id = "u-maya"');
  });

  it('KooCLI: official SDK operations with their parameters, the body the console sends', () => {
    const seen = new Set(variants.flatMap((plan) => [...checkKooCli(authorizationsAsCode(plan, 'koocli'))]));
    expect([...seen].sort()).toEqual(['AssociateAgencyWithDomainPermission', 'AssociateAgencyWithProjectPermission', 'CreateAgency', 'ModelArts.CreateAuthorization', 'ModelArts.DeleteAuthorizations']);
    const script = authorizationsAsCode(add, 'koocli');
    expect(script).toContain("hcloud IAM AssociateAgencyWithDomainPermission --domain_id='d-acme' --agency_id=\"$AGENCY\" --role_id='r-ma'");
    expect(script).toContain("hcloud ModelArts CreateAuthorization --cli-region='cn-north-4' --project_id='p-cn-north-4' --user_id='u-maya' --user_type='iam' --type='agency' --content='ma_agency_maya'");
    expect(authorizationsAsCode(variants[1]!, 'koocli')).toContain("--user_id='all' --user_type='all-users'");
    expect(authorizationsAsCode(variants[2]!, 'koocli')).toContain("--user_name='fed-zoe' --user_type='federate'");
    expect(authorizationsAsCode(variants[8]!, 'koocli')).toContain("hcloud ModelArts DeleteAuthorizations --cli-region='cn-north-4' --project_id='p-cn-north-4' --user_id='all'");
    expect(authorizationsAsCode(variants[7]!, 'koocli')).toContain("--user_id='all-users'");
  });

  it('KooCLI: Modify of a user deletes then adds, and says the user has no agency in between; all users are re-added in one call', () => {
    const user = authorizationsAsCode(variants[4]!, 'koocli');
    expect(user.indexOf('DeleteAuthorizations')).toBeGreaterThan(-1);
    expect(user.indexOf('DeleteAuthorizations')).toBeLessThan(user.indexOf('CreateAuthorization'));
    expect(user).toContain('Between the two commands, the user "maya" has no agency.');
    const all = authorizationsAsCode(variants[5]!, 'koocli');
    expect(all).not.toContain('DeleteAuthorizations');
    expect(all).toContain('replaces its agency');
  });
});

describe('workspace access as code (Edit workspace: authorization type, authorized users)', () => {
  const WS: WorkspacePlan = {
    title: 'Edit workspace: research',
    region: REGION,
    workspace: { id: 'ws-1', name: 'research', description: 'ML research', enterpriseProjectId: 'ep-1', authType: 'INTERNAL', grants: [{ id: 'u-maya', name: 'maya' }, { id: 'u-omar', name: 'omar' }] },
    isDefault: false,
  };
  const hcl = workspaceAsCode(WS, 'terraform');
  const script = workspaceAsCode(WS, 'koocli');

  it('is stable', () => {
    expect(hcl).toMatchSnapshot();
    expect(script).toMatchSnapshot();
  });

  it('Terraform: the whole workspace in documented arguments, to import first', () => {
    expectOnlyDocumentedResources(hcl);
    const used = argumentsOf(hcl);
    for (const [resource, args] of used) for (const a of args) expect(DOCUMENTED[resource], `${resource}.${a}`).toContain(a);
    expect(used.get('huaweicloud_modelarts_workspace.grants')).toEqual(new Set(['user_id']));
    expect(hcl.match(/^\s+grants \{$/gm)).toHaveLength(2);
    expect(hcl).toContain('terraform import huaweicloud_modelarts_workspace.workspace ws-1');
    expect(hcl).toMatch(/auth_type\s+= "INTERNAL"/);
  });

  it('Terraform: a Public workspace keeps no users; the default workspace is advice only', () => {
    const pub = workspaceAsCode({ ...WS, workspace: { ...WS.workspace, authType: 'PUBLIC' } }, 'terraform');
    expect(pub).not.toContain('grants {');
    const def = workspaceAsCode({ ...WS, workspace: { ...WS.workspace, id: '0', name: 'default' }, isDefault: true }, 'terraform');
    expect(def).not.toMatch(/^resource /m);
    expect(def).toContain('no resource creates or imports it');
  });

  it('KooCLI: UpdateWorkspace with the body the console sends (the default workspace without its name)', () => {
    expect([...checkKooCli(script)]).toEqual(['ModelArts.UpdateWorkspace']);
    expect(script).toContain('"grants": [\n      {\n        "user_id": "u-maya"');
    const def = workspaceAsCode({ ...WS, workspace: { ...WS.workspace, id: '0', name: 'default', authType: 'PUBLIC' }, isDefault: true }, 'koocli');
    checkKooCli(def);
    expect(def).not.toContain('"name"');
    expect(def).toContain('"grants": []');
  });
});

describe('the authorization mode as code (strict / non-strict)', () => {
  it('says that neither format can change it, and names the API call', () => {
    for (const format of ['terraform', 'koocli'] as const) {
      const text = authModeAsCode({ title: 'Switch to non-strict mode', mode: 'loose' }, format);
      expect(text).toMatchSnapshot();
      expect(text).not.toMatch(/^(resource|hcloud) /m);
      expect(text).toContain('PUT https://modelarts.<region>.myhuaweicloud.com/v1/auth-mode   {"mode": "loose"}');
    }
  });
});

describe('deletions as code (Delete user, Delete user group, Delete custom policy, Delete an agency in use)', () => {
  const plans: DeletionPlan[] = [
    { title: 'Delete user maya', kind: 'user', id: 'u-maya', name: 'maya' },
    { title: 'Delete group developers', kind: 'group', id: 'g-dev', name: 'developers' },
    { title: 'Delete policy p1', kind: 'policy', id: 'r-p1', name: "it's mine" },
    {
      title: 'Agency in use',
      kind: 'agency',
      id: 'ag-1',
      name: 'ma_agency',
      authorizations: [
        { region: REGION, userType: 'iam', userId: 'u-maya', userName: 'maya' },
        { region: { projectId: 'p-cn-east-3', name: 'cn-east-3' }, userType: 'all-users', userId: 'all-users', userName: 'all-users' },
      ],
    },
  ];

  it('is stable', () => {
    for (const plan of plans) {
      expect(deletionAsCode(plan, 'terraform')).toMatchSnapshot();
      expect(deletionAsCode(plan, 'koocli')).toMatchSnapshot();
    }
  });

  it('KooCLI: the official SDK’s delete operation of each kind; Terraform: advice naming documented resources only', () => {
    const seen = plans.flatMap((plan) => [...checkKooCli(deletionAsCode(plan, 'koocli'))]);
    expect(seen).toEqual(['KeystoneDeleteUser', 'KeystoneDeleteGroup', 'DeleteCustomPolicy', 'ModelArts.DeleteAuthorizations', 'DeleteAgency']);
    // An agency in use: its authorizations go first, region by region, then the agency.
    const agency = deletionAsCode(plans[3]!, 'koocli');
    expect(agency.indexOf("--cli-region='cn-east-3' --project_id='p-cn-east-3' --user_id='all-users'")).toBeLessThan(agency.indexOf("hcloud IAM DeleteAgency --agency_id='ag-1'"));
    expect(agency).toContain("hcloud ModelArts DeleteAuthorizations --cli-region='cn-north-4' --project_id='p-cn-north-4' --user_id='u-maya'");
    expect(deletionAsCode(plans[3]!, 'terraform')).toContain('huaweicloud_modelarts_authorization of region "cn-east-3" with user_id = "all-users"');
    expect(deletionAsCode(plans[2]!, 'koocli')).toContain("hcloud IAM DeleteCustomPolicy --role_id='r-p1'");
    for (const plan of plans) {
      const hcl = deletionAsCode(plan, 'terraform');
      expect(hcl).not.toMatch(/^resource /m);
      expectOnlyDocumentedResources(hcl);
    }
    expect(deletionAsCode(plans[1]!, 'terraform')).toContain('the huaweicloud_identity_group\n# whose id is "g-dev"');
  });
});

describe('a custom policy edit as code (the policy editor’s Save)', () => {
  const plan = { title: 'Save p1', id: 'r-p1', policy: { name: 'p1', description: 'mine', kind: 'project' as const, document: policy('modelarts:trainJob:create') } };

  it('is stable', () => {
    expect(policyEditAsCode(plan, 'terraform')).toMatchSnapshot();
    expect(policyEditAsCode(plan, 'koocli')).toMatchSnapshot();
  });

  it('Terraform: the documented role resource with the new document, to import first; KooCLI: UpdateCloudServiceCustomPolicy with the body the SDK models', () => {
    const hcl = policyEditAsCode(plan, 'terraform');
    expectOnlyDocumentedResources(hcl);
    for (const [resource, args] of argumentsOf(hcl)) for (const a of args) expect(DOCUMENTED[resource], `${resource}.${a}`).toContain(a);
    expect(hcl).toContain('terraform import huaweicloud_identity_role.p1 r-p1');
    expect(hcl).toContain('"modelarts:trainJob:create"');
    expect([...checkKooCli(policyEditAsCode(plan, 'koocli'))]).toEqual(['UpdateCloudServiceCustomPolicy']);
  });
});
