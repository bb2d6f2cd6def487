/**
 * The Add Authorization form as data: its values, the live validation (pure, so the drawer and
 * the tests share it) and the plan that the three-step create runs.
 */
import type { CreateAuthorizationBody, UserType } from '@/api/contracts/modelarts';
import { AGENCY_NAME_MAX_LENGTH, isValidAgencyName } from './agency-name';

export type AgencyMode = 'existing' | 'new';
export type PermissionMode = 'common' | 'custom';
/** Where a policy of a new agency applies: global services, all resources or region projects. */
export type PolicyScope = 'global' | 'all' | 'projects';
/** IAM role types: AX = global services; XA (and the rest) = project-level. */
export type RoleType = 'AX' | 'XA' | 'AA' | 'XX';

export interface SelectedPolicy {
  roleId: string;
  roleType: RoleType;
  scope: PolicyScope;
  /** With scope "projects": the region projects. */
  projectIds: string[];
}

export interface NamedRef {
  id: string;
  name: string;
}

export interface AddAuthorizationValues {
  userType: UserType;
  /** Authorized To, for an IAM user. */
  iamUser: NamedRef | null;
  /** Authorized To, for a federated user: a name or an id. */
  federatedName: string;
  /** Authorized To, for an agency (of another account). */
  grantAgency: NamedRef | null;
  agencyMode: AgencyMode;
  /** Use existing: the chosen agency's name. */
  existingAgency: string | null;
  /** Add agency: the new agency's name. */
  agencyName: string;
  permissionMode: PermissionMode;
  customPolicies: SelectedPolicy[];
  agreed: boolean;
}

export function initialValues(): AddAuthorizationValues {
  return {
    userType: 'iam',
    iamUser: null,
    federatedName: '',
    grantAgency: null,
    agencyMode: 'new',
    existingAgency: null,
    agencyName: '',
    permissionMode: 'common',
    customPolicies: [],
    agreed: false,
  };
}

export type FormField = 'authorizedTo' | 'agency' | 'agencyName' | 'permissions' | 'agreed';
/** Error codes; the UI translates `validation.<code>`. */
export type FormErrorCode =
  | 'authorizedToRequired'
  | 'userAlreadyAuthorized'
  | 'federatedNameTooLong'
  | 'agencyRequired'
  | 'agencyNameRequired'
  | 'agencyNameTooLong'
  | 'agencyNameChars'
  | 'agencyNameTaken'
  | 'policiesRequired'
  | 'projectsRequired'
  | 'agreeRequired'
  /** Modify only: the chosen agency is the current one. */
  | 'sameAgency';

export interface ValidationContext {
  /** Names of the agencies that exist now. */
  agencyNames: ReadonlySet<string>;
  /** Whether the chosen IAM user already has an authorization (Add is not possible: Modify). */
  iamUserAuthorized: boolean;
  /** An agency a previous attempt already created: its name is ours, not a clash. */
  createdAgencyName?: string | null;
}

export interface ValidationResult {
  valid: boolean;
  errors: Partial<Record<FormField, FormErrorCode>>;
  /** The first problem in form order, for the hint next to Create. */
  first: { field: FormField; code: FormErrorCode } | null;
}

const FIELD_ORDER: FormField[] = ['authorizedTo', 'agency', 'agencyName', 'permissions', 'agreed'];

/** The agency-name rule alone (live, under the field). */
export function validateAgencyName(name: string, ctx: Pick<ValidationContext, 'agencyNames' | 'createdAgencyName'>): FormErrorCode | null {
  if (name.length === 0) return 'agencyNameRequired';
  if (name.length > AGENCY_NAME_MAX_LENGTH) return 'agencyNameTooLong';
  if (!isValidAgencyName(name)) return 'agencyNameChars';
  if (ctx.agencyNames.has(name) && name !== ctx.createdAgencyName) return 'agencyNameTaken';
  return null;
}

export function validateAddAuthorization(values: AddAuthorizationValues, ctx: ValidationContext): ValidationResult {
  const errors: ValidationResult['errors'] = {};
  switch (values.userType) {
    case 'iam':
      if (!values.iamUser) errors.authorizedTo = 'authorizedToRequired';
      else if (ctx.iamUserAuthorized) errors.authorizedTo = 'userAlreadyAuthorized';
      break;
    case 'federate': {
      const name = values.federatedName.trim();
      if (!name) errors.authorizedTo = 'authorizedToRequired';
      else if (name.length > 64) errors.authorizedTo = 'federatedNameTooLong';
      break;
    }
    case 'grant':
      if (!values.grantAgency) errors.authorizedTo = 'authorizedToRequired';
      break;
    case 'all-users':
      break;
  }
  if (values.agencyMode === 'existing') {
    if (!values.existingAgency) errors.agency = 'agencyRequired';
  } else {
    const nameError = validateAgencyName(values.agencyName, ctx);
    if (nameError) errors.agencyName = nameError;
    if (values.permissionMode === 'custom') {
      if (values.customPolicies.length === 0) errors.permissions = 'policiesRequired';
      else if (values.customPolicies.some((p) => p.scope === 'projects' && p.projectIds.length === 0)) errors.permissions = 'projectsRequired';
    }
  }
  if (!values.agreed) errors.agreed = 'agreeRequired';
  const firstField = FIELD_ORDER.find((f) => errors[f]);
  return {
    valid: firstField === undefined,
    errors,
    first: firstField ? { field: firstField, code: errors[firstField]! } : null,
  };
}

/** Scope choices for a policy: global policies apply to global services; the rest to projects or all resources. */
export function defaultScope(roleType: RoleType, currentProjectId: string): Pick<SelectedPolicy, 'scope' | 'projectIds'> {
  return roleType === 'AX' ? { scope: 'global', projectIds: [] } : { scope: 'projects', projectIds: [currentProjectId] };
}

/** One agency grant: PUT on the domain path (global / all resources) or a project path. */
export interface GrantSpec {
  /** Stable key, to remember which grants succeeded. */
  key: string;
  roleId: string;
  target: { kind: 'domain' } | { kind: 'project'; projectId: string };
}

export interface CreatePlan {
  /** The agency to create (Add agency) with its grants, or null (Use existing). */
  newAgency: { name: string; grants: GrantSpec[] } | null;
  /** The agency name the authorization names. */
  agencyName: string;
  /** Builds the authorization body once the agency name is known. */
  authorization: CreateAuthorizationBody;
}

export function grantKey(g: Omit<GrantSpec, 'key'>): string {
  return g.target.kind === 'domain' ? `domain:${g.roleId}` : `project:${g.target.projectId}:${g.roleId}`;
}

/** The grants for a set of policies with their scopes. */
export function grantsFor(policies: SelectedPolicy[]): GrantSpec[] {
  const out: GrantSpec[] = [];
  const seen = new Set<string>();
  const push = (g: Omit<GrantSpec, 'key'>) => {
    const key = grantKey(g);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ ...g, key });
  };
  for (const p of policies) {
    if (p.roleType === 'AX' || p.scope !== 'projects') push({ roleId: p.roleId, target: { kind: 'domain' } });
    else for (const projectId of p.projectIds) push({ roleId: p.roleId, target: { kind: 'project', projectId } });
  }
  return out;
}

/** The authorization body for the form's Authorized User / Authorized To. */
export function authorizationBody(values: AddAuthorizationValues, agencyName: string): CreateAuthorizationBody {
  switch (values.userType) {
    case 'iam':
      return { user_type: 'iam', type: 'agency', user_id: values.iamUser?.id ?? '', user_name: values.iamUser?.name, content: agencyName };
    case 'federate':
      return { user_type: 'federate', type: 'agency', user_name: values.federatedName.trim(), content: agencyName };
    case 'grant':
      return { user_type: 'grant', type: 'agency', user_id: values.grantAgency?.id ?? '', user_name: values.grantAgency?.name, content: agencyName };
    case 'all-users':
      return { user_type: 'all-users', type: 'agency', user_id: 'all', content: agencyName };
  }
}

/**
 * The plan for valid values. `commonPolicies` are the Common User policies (resolved from the
 * role list); they apply to all resources, or to global services for global policies.
 */
export function buildCreatePlan(values: AddAuthorizationValues, commonPolicies: { id: string; type: RoleType }[]): CreatePlan {
  if (values.agencyMode === 'existing') {
    const agencyName = values.existingAgency ?? '';
    return { newAgency: null, agencyName, authorization: authorizationBody(values, agencyName) };
  }
  const policies: SelectedPolicy[] =
    values.permissionMode === 'common'
      ? commonPolicies.map((r) => ({ roleId: r.id, roleType: r.type, scope: r.type === 'AX' ? 'global' : 'all', projectIds: [] }))
      : values.customPolicies;
  return {
    newAgency: { name: values.agencyName, grants: grantsFor(policies) },
    agencyName: values.agencyName,
    authorization: authorizationBody(values, values.agencyName),
  };
}
