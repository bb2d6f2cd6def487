/**
 * ModelArts Global Configuration changes (consequence-previewed: Add / Modify / Delete
 * Authorization, Clear) as Terraform for the huaweicloud provider and as KooCLI commands. Names
 * checked in export.test.ts:
 * - huaweicloud_modelarts_authorization (docs/resources/modelarts_authorization.md of
 *   terraform-provider-huaweicloud: user_id, type = "agency", agency_name; its id is the user id,
 *   "all-users" for all users). It sends no user_type, so it cannot express a federated user or an
 *   agency of another account: for those the HCL says so and the KooCLI commands do it. Its update
 *   re-sends CreateAuthorization (resource_huaweicloud_modelarts_authorization.go: UpdateContext is
 *   its create);
 * - a new agency (Add agency) is a huaweicloud_identity_agency with its roles, as terraform.ts writes;
 * - KooCLI: ModelArts CreateAuthorization (POST /v2/{project_id}/authorizations, body
 *   AuthorizationRequest: user_id, user_name, user_type, type, content) and DeleteAuthorizations
 *   (DELETE /v2/{project_id}/authorizations?user_id=; "all" clears the region), huaweicloud-sdk-go-v3
 *   services/modelarts/v1; the agency through IAM CreateAgency and AssociateAgencyWith…Permission.
 * The console's Modify is one step (a PUT of this console's mock, docs/api.md); Huawei's API has no
 * update call, so the script deletes and adds (the user has no agency between the two commands).
 */
import { attributes, hclList, hclString, oneLine, resourceName } from './hcl';
import { param, scriptHeader } from './koocli';

export type AuthorizedUserType = 'iam' | 'federate' | 'grant' | 'all-users';

/** One authorization row: who (by the console's user type) and the agency it names. */
export interface AuthorizationRow {
  userType: AuthorizedUserType;
  /** IAM user id, the other account's agency id (grant), null for all users or a federated user named by name. */
  userId: string | null;
  userName: string | null;
  agencyName: string;
}

/** An agency Add Authorization creates, with its grants (the domain path, or a region project). */
export interface NewAgencyPlan {
  name: string;
  description: string;
  grants: Array<{ role: { id: string; name: string }; scope: { kind: 'domain' } | { kind: 'project'; id: string; name: string } }>;
}

export type AuthorizationChange =
  | { kind: 'add' | 'modify'; row: AuthorizationRow; newAgency: NewAgencyPlan | null }
  | { kind: 'delete'; row: AuthorizationRow }
  | { kind: 'clear' };

export interface AuthorizationPlan {
  title: string;
  domainId: string;
  /** The region project whose authorizations change. */
  region: { projectId: string; name: string };
  change: AuthorizationChange;
}

/** The agency every ModelArts agency trusts (docs/api.md, Add Authorization). */
export const MODELARTS_DELEGATE = 'op_svc_modelarts';

const who = (r: Pick<AuthorizationRow, 'userType' | 'userId' | 'userName'>) => (r.userType === 'all-users' ? 'all IAM users' : `the ${r.userType === 'grant' ? 'agency' : r.userType === 'federate' ? 'federated user' : 'user'} "${oneLine(r.userName ?? r.userId ?? '')}"`);
/** "The user "maya" uses ModelArts through the agency …" (a sentence of its own). */
const usesAgency = (r: AuthorizationRow, region: string) => {
  const subject = who(r);
  return `${subject[0]!.toUpperCase()}${subject.slice(1)} ${r.userType === 'all-users' ? 'use' : 'uses'} ModelArts through the agency "${oneLine(r.agencyName)}" in ${oneLine(region)}.`;
};
/** The `user_id` a row is listed and deleted by (docs/api.md: "all-users", a federated user may be named by name). */
export const wireUserId = (r: Pick<AuthorizationRow, 'userType' | 'userId' | 'userName'>) => (r.userType === 'all-users' ? 'all-users' : (r.userId ?? r.userName ?? ''));

// --- KooCLI -------------------------------------------------------------------------------------

function modelArts(operation: string, plan: AuthorizationPlan, ...params: string[]): string {
  return [`hcloud ModelArts ${operation}`, param('cli-region', plan.region.name), param('project_id', plan.region.projectId), ...params].join(' ');
}

/** CreateAuthorization with the body the console sends (authorizationBody in the Add Authorization form). */
function createCommand(plan: AuthorizationPlan, r: AuthorizationRow): string {
  const fields: string[] = [param('user_type', r.userType), param('type', 'agency'), param('content', r.agencyName)];
  if (r.userType === 'all-users') fields.unshift(param('user_id', 'all'));
  else if (r.userType === 'federate') fields.unshift(param('user_name', r.userName ?? ''));
  else fields.unshift(param('user_id', r.userId ?? ''));
  return modelArts('CreateAuthorization', plan, ...fields);
}

function agencyCommands(plan: AuthorizationPlan, a: NewAgencyPlan): string[] {
  const out = [
    `# Agency "${oneLine(a.name)}" for ModelArts, with its permissions.`,
    `AGENCY=$(hcloud IAM CreateAgency ${[param('agency.name', a.name), param('agency.domain_id', plan.domainId), param('agency.trust_domain_name', MODELARTS_DELEGATE), param('agency.duration', 'FOREVER'), param('agency.description', a.description)].join(' ')} --cli-query=agency.id --cli-output=json | tr -d '"[:space:]')`,
  ];
  for (const g of a.grants) {
    const role = param('role_id', g.role.id);
    out.push(
      g.scope.kind === 'domain'
        ? `hcloud IAM AssociateAgencyWithDomainPermission ${param('domain_id', plan.domainId)} --agency_id="$AGENCY" ${role}`
        : `hcloud IAM AssociateAgencyWithProjectPermission ${param('project_id', g.scope.id)} --agency_id="$AGENCY" ${role}`,
    );
  }
  return out;
}

export function authorizationsToKooCli(plan: AuthorizationPlan): string {
  const out = [...scriptHeader(plan.title), ''];
  const c = plan.change;
  switch (c.kind) {
    case 'clear':
      out.push(`# Remove every authorization of ${oneLine(plan.region.name)} (user_id "all").`, modelArts('DeleteAuthorizations', plan, param('user_id', 'all')));
      break;
    case 'delete':
      out.push(`# Remove the authorization of ${who(c.row)} in ${oneLine(plan.region.name)}.`, modelArts('DeleteAuthorizations', plan, param('user_id', wireUserId(c.row))));
      break;
    case 'add':
    case 'modify':
      if (c.newAgency) out.push(...agencyCommands(plan, c.newAgency), '');
      if (c.kind === 'modify' && c.row.userType !== 'all-users') {
        out.push(
          '# ModelArts has no call that changes an authorization: remove it, then add it with the new agency.',
          `# Between the two commands, ${who(c.row)} has no agency.`,
          modelArts('DeleteAuthorizations', plan, param('user_id', wireUserId(c.row))),
        );
      } else if (c.kind === 'modify') {
        out.push('# Adding the all-users authorization again replaces its agency.');
      }
      out.push(`# ${usesAgency(c.row, plan.region.name)}`, createCommand(plan, c.row));
      break;
  }
  return out.join('\n') + '\n';
}

// --- Terraform ----------------------------------------------------------------------------------

const HEADER = (title: string) => [`# ${oneLine(title)}`, '# Generated by the ModelArts permission console. Review it, then run terraform plan.'];
/** The provider's resource can name only IAM users and all users (it sends no user_type). */
const terraformCanName = (r: AuthorizationRow) => r.userType === 'iam' || r.userType === 'all-users';

function agencyResource(a: NewAgencyPlan, name: string): string[] {
  const domain = [...new Set(a.grants.filter((g) => g.scope.kind === 'domain').map((g) => g.role.name))].sort();
  const projects = new Map<string, string[]>();
  for (const g of a.grants) if (g.scope.kind === 'project') projects.set(g.scope.name, [...(projects.get(g.scope.name) ?? []), g.role.name]);
  const lines = [
    `# Agency "${oneLine(a.name)}" for ModelArts (${MODELARTS_DELEGATE} is a cloud service: after an import the provider keeps it in its`,
    '# internal delegated_service_name, so terraform plan may show the delegate moving between the two).',
    `resource "huaweicloud_identity_agency" "${name}" {`,
    attributes([
      ['name', hclString(a.name)],
      ['delegated_domain_name', hclString(MODELARTS_DELEGATE)],
      ['description', hclString(a.description)],
      ['duration', hclString('FOREVER')],
      ...(domain.length > 0 ? ([['domain_roles', hclList(domain.map(hclString))]] as const) : []),
    ]),
  ];
  for (const [project, roles] of [...projects.entries()].sort(([x], [y]) => x.localeCompare(y))) {
    lines.push('', '  project_role {', attributes([['project', hclString(project)], ['roles', hclList([...new Set(roles)].sort().map(hclString))]], '    '), '  }');
  }
  lines.push('}');
  return lines;
}

export function authorizationsToTerraform(plan: AuthorizationPlan): string {
  const out = HEADER(plan.title);
  const c = plan.change;
  const region = oneLine(plan.region.name);
  if (c.kind === 'clear') {
    out.push(
      '',
      `# Remove every authorization of ${region}: delete from your configuration each huaweicloud_modelarts_authorization`,
      `# of region ${hclString(plan.region.name)} and terraform plan shows them destroyed. Rows no resource manages stay:`,
      '# use the KooCLI commands for those.',
    );
    return out.join('\n') + '\n';
  }
  if (c.kind === 'delete') {
    out.push(
      '',
      `# Remove the authorization of ${who(c.row)} in ${region}: delete from your configuration the`,
      `#   huaweicloud_modelarts_authorization with user_id = ${hclString(wireUserId(c.row))}`,
      '# and terraform plan shows it destroyed. If no resource manages it, use the KooCLI commands.',
    );
    return out.join('\n') + '\n';
  }
  const taken = new Set<string>();
  let agencyRef: string | null = null;
  if (c.newAgency) {
    const name = resourceName(c.newAgency.name, taken);
    agencyRef = `huaweicloud_identity_agency.${name}.name`;
    out.push('', ...agencyResource(c.newAgency, name));
  }
  if (!terraformCanName(c.row)) {
    out.push(
      '',
      `# The authorization of ${who(c.row)}: huaweicloud_modelarts_authorization names IAM users and all users only`,
      '# (it sends no user_type), so it cannot express this one. Use the KooCLI commands for the authorization.',
    );
    return out.join('\n') + '\n';
  }
  const userId = c.row.userType === 'all-users' ? 'all-users' : (c.row.userId ?? '');
  const name = resourceName(c.row.userType === 'all-users' ? 'all_users' : `${c.row.userName ?? userId}_authorization`, taken);
  out.push('', `# ${usesAgency(c.row, plan.region.name)}`);
  if (c.kind === 'modify') {
    out.push(
      '# A change of agency_name updates the authorization in place. If no resource manages it yet, import it first:',
      `#   terraform import huaweicloud_modelarts_authorization.${name} ${userId}`,
    );
  }
  out.push(
    `resource "huaweicloud_modelarts_authorization" "${name}" {`,
    attributes([
      ['region', hclString(plan.region.name)],
      ['user_id', hclString(userId)],
      ['type', hclString('agency')],
      ['agency_name', agencyRef ?? hclString(c.row.agencyName)],
    ]),
    '}',
  );
  return out.join('\n') + '\n';
}

/** The plan in either format. */
export function authorizationsAsCode(plan: AuthorizationPlan, format: 'terraform' | 'koocli'): string {
  return format === 'terraform' ? authorizationsToTerraform(plan) : authorizationsToKooCli(plan);
}
