/**
 * Form state of Create / Edit Workspace: values, which errors to show (after a field was left or
 * after a save attempt), and a located service error that clears once its field is edited.
 */
import { useState } from 'react';
import { firstError, validateWorkspace, type WorkspaceErrorCode, type WorkspaceErrors, type WorkspaceField, type WorkspaceFormValues } from '../lib/workspace-form';

export interface ServerFieldError {
  field: WorkspaceField;
  code: WorkspaceErrorCode;
  message: string;
}

export function useWorkspaceForm(initial: WorkspaceFormValues, mode: { kind: 'create' } | { kind: 'edit'; isDefault: boolean }) {
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [serverError, setServerError] = useState<ServerFieldError | null>(null);

  const errors = validateWorkspace(values, mode);
  const shown: WorkspaceErrors = {};
  for (const [f, code] of Object.entries(errors) as Array<[WorkspaceField, WorkspaceErrorCode]>) {
    if (attempted || touched.has(f)) shown[f] = code;
  }
  if (serverError && !shown[serverError.field]) shown[serverError.field] = serverError.code;

  const change = (patch: Partial<WorkspaceFormValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    if (serverError && (Object.keys(patch) as string[]).includes(serverError.field)) setServerError(null);
  };

  return {
    values,
    setValues,
    change,
    errors,
    shown,
    invalidField: firstError(errors),
    serverError,
    setServerError,
    touch: (field: string) => setTouched((s) => new Set(s).add(field)),
    attempt: () => setAttempted(true),
  };
}
