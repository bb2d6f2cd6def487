/**
 * Saving the draft through the IAM roles API: POST for a new policy, PATCH with the version the
 * edit started from. Sorts the failures the editor treats specially: the server validator's 400
 * findings, a stale version (409, confirmed by reading the policy again) and a taken name (409).
 */
import { useState } from 'react';
import { ApiError } from '@/api/client';
import type { CreateRoleBody, Role } from '@/api/contracts/iam';
import type { Finding } from '@/iam';
import { useCreateRole, getRole, useUpdateRole } from '@/api/resources/roles';

export type SaveOutcome =
  | { kind: 'saved'; role: Role }
  | { kind: 'invalid'; findings: Finding[]; error: ApiError }
  | { kind: 'stale'; latest: Role }
  | { kind: 'name-taken'; error: ApiError }
  | { kind: 'failed'; error: unknown };

function isFinding(v: unknown): v is Finding {
  if (v === null || typeof v !== 'object') return false;
  const f = v as Record<string, unknown>;
  return typeof f.code === 'string' && typeof f.message === 'string' && typeof f.severity === 'string' && typeof f.path === 'string';
}

export function useSavePolicy(policyId: string | undefined) {
  const create = useCreateRole();
  const update = useUpdateRole();
  const [saving, setSaving] = useState(false);

  const save = async (body: CreateRoleBody): Promise<SaveOutcome> => {
    setSaving(true);
    try {
      const role = policyId === undefined ? await create.mutateAsync(body) : await update.mutateAsync({ roleId: policyId, body });
      return { kind: 'saved', role };
    } catch (error) {
      if (error instanceof ApiError && error.status === 400 && (error.findings ?? []).length > 0) {
        return { kind: 'invalid', findings: (error.findings ?? []).filter(isFinding), error };
      }
      if (error instanceof ApiError && error.status === 409) {
        if (policyId !== undefined) {
          try {
            const latest = await getRole(policyId);
            if (latest.version !== body.version) return { kind: 'stale', latest };
          } catch {
            /* fall through: report the 409 as it is */
          }
        }
        return { kind: 'name-taken', error };
      }
      return { kind: 'failed', error };
    } finally {
      setSaving(false);
    }
  };

  return { save, saving };
}
