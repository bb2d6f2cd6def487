/**
 * The Create / Edit Workspace form as data: values, validation with the service's own zod schemas
 * (createWorkspaceSchema, updateWorkspaceSchema) turned into located, translatable error codes,
 * the request bodies, and the "reapply my changes" merge used after a 409.
 */
import { createWorkspaceSchema, updateWorkspaceSchema, type CreateWorkspaceBody, type UpdateWorkspaceBody, type Workspace } from '@/api/contracts/modelarts';

export type AuthType = Workspace['auth_type'];
export const AUTH_TYPES: readonly AuthType[] = ['PUBLIC', 'PRIVATE', 'INTERNAL'];
export const DESCRIPTION_MAX = 256;
export const NAME_MAX = 64;
export const GRANTS_MAX = 500;

export interface GrantedUser {
  id: string;
  name: string;
}

export interface WorkspaceFormValues {
  name: string;
  description: string;
  enterpriseProjectId: string;
  authType: AuthType;
  grants: GrantedUser[];
}

export type WorkspaceField = 'name' | 'description' | 'enterpriseProjectId' | 'grants';
export type WorkspaceErrorCode =
  | 'nameRequired'
  | 'namePattern'
  | 'nameReserved'
  | 'nameTaken'
  | 'descriptionTooLong'
  | 'enterpriseProjectRequired'
  | 'grantsTooMany'
  | 'invalid';
export type WorkspaceErrors = Partial<Record<WorkspaceField, WorkspaceErrorCode>>;

export const EDITABLE_FIELDS = ['name', 'description', 'authType', 'grants'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

export function emptyValues(): WorkspaceFormValues {
  return { name: '', description: '', enterpriseProjectId: '0', authType: 'PUBLIC', grants: [] };
}

export function valuesOf(w: Workspace): WorkspaceFormValues {
  return {
    name: w.name,
    description: w.description,
    enterpriseProjectId: w.enterprise_project_id,
    authType: w.auth_type,
    grants: w.grants.map((g) => ({ id: g.user_id, name: g.user_name })),
  };
}

export function toCreateBody(v: WorkspaceFormValues): CreateWorkspaceBody {
  return {
    name: v.name.trim(),
    description: v.description,
    enterprise_project_id: v.enterpriseProjectId,
    auth_type: v.authType,
    grants: v.authType === 'INTERNAL' ? v.grants.map((g) => ({ user_id: g.id })) : [],
  };
}

/** The PUT body: the default workspace's name is never sent (it cannot be renamed). */
export function toUpdateBody(v: WorkspaceFormValues, version: number, isDefault: boolean): UpdateWorkspaceBody {
  return {
    ...(isDefault ? {} : { name: v.name.trim() }),
    description: v.description,
    auth_type: v.authType,
    grants: v.authType === 'INTERNAL' ? v.grants.map((g) => ({ user_id: g.id })) : [],
    version,
  };
}

const FIELD_OF: Record<string, WorkspaceField> = { name: 'name', description: 'description', enterprise_project_id: 'enterpriseProjectId', grants: 'grants' };

function codeFor(field: WorkspaceField, v: WorkspaceFormValues): WorkspaceErrorCode {
  switch (field) {
    case 'name': {
      const name = v.name.trim();
      if (!name) return 'nameRequired';
      return name.toLowerCase() === 'default' ? 'nameReserved' : 'namePattern';
    }
    case 'description':
      return 'descriptionTooLong';
    case 'enterpriseProjectId':
      return 'enterpriseProjectRequired';
    case 'grants':
      return 'grantsTooMany';
  }
}

/** Located errors: what the service's schema would reject, one code per field. */
export function validateWorkspace(v: WorkspaceFormValues, mode: { kind: 'create' } | { kind: 'edit'; isDefault: boolean }): WorkspaceErrors {
  const parsed = mode.kind === 'create' ? createWorkspaceSchema.safeParse(toCreateBody(v)) : updateWorkspaceSchema.safeParse(toUpdateBody(v, 1, mode.isDefault));
  const errors: WorkspaceErrors = {};
  if (parsed.success) return errors;
  for (const issue of parsed.error.issues) {
    const field = FIELD_OF[String(issue.path[0])];
    if (field && !errors[field]) errors[field] = codeFor(field, v);
  }
  return errors;
}

export function firstError(errors: WorkspaceErrors): WorkspaceField | null {
  for (const f of ['name', 'description', 'enterpriseProjectId', 'grants'] as const) if (errors[f]) return f;
  return null;
}

const sameGrants = (a: GrantedUser[], b: GrantedUser[]) => a.length === b.length && a.every((g) => b.some((x) => x.id === g.id));

function sameField(field: EditableField, a: WorkspaceFormValues, b: WorkspaceFormValues): boolean {
  return field === 'grants' ? sameGrants(a.grants, b.grants) : a[field] === b[field];
}

/** The fields the user changed relative to the version the edit started from. */
export function changedFields(base: WorkspaceFormValues, mine: WorkspaceFormValues): EditableField[] {
  return EDITABLE_FIELDS.filter((f) => !sameField(f, base, mine));
}

/** The server's current values with the user's changes applied on top (nothing typed is lost). */
export function reapply(base: WorkspaceFormValues, mine: WorkspaceFormValues, server: WorkspaceFormValues): WorkspaceFormValues {
  const out: WorkspaceFormValues = { ...server, grants: [...server.grants] };
  for (const f of changedFields(base, mine)) {
    if (f === 'grants') out.grants = [...mine.grants];
    else if (f === 'authType') out.authType = mine.authType;
    else out[f] = mine[f];
  }
  return out;
}

/** The server's field error (400 naming a field) located on the form, if it names one. */
export function serverFieldError(message: string): { field: WorkspaceField; code: WorkspaceErrorCode } | null {
  const m = /parameter "([a-z_]+)(?:\[\d+\])?"/i.exec(message);
  const field = m ? FIELD_OF[m[1]!] : undefined;
  if (!field) return null;
  if (field === 'name' && /already exists/i.test(message)) return { field, code: 'nameTaken' };
  return { field, code: 'invalid' };
}
