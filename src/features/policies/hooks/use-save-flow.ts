/**
 * Save as the editor does it: refuse while something blocks, send the draft with the version the
 * edit started from, then act on the outcome — saved (a new policy moves to its own URL), server
 * findings shown in place, a stale version (the conflict dialog), a taken name, or a failure.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Role } from '@/api/contracts/iam';
import { notifySuccess } from '@/components';
import { paths } from '@/components/navigation/paths';
import type { PolicyDocument } from '@/iam';
import { baseOf, roleTypeOf, type DraftState, type SavedBase } from '../model';
import { discardStoredDraft } from './use-draft-autosave';
import type { ServerFindings } from './use-policy-findings';
import { useSavePolicy } from './use-save-policy';

export interface SaveFlowInput {
  policyId: string | undefined;
  draft: DraftState;
  policy: PolicyDocument | undefined;
  kind: Parameters<typeof roleTypeOf>[0];
  name: string;
  blocked: boolean;
  saved: SavedBase | null;
  /** After a save: the new saved version (null for a new policy, which moves to its own URL). */
  onSaved: (base: SavedBase | null) => void;
  onServerFindings: (f: ServerFindings | null) => void;
  onNameTaken: () => void;
  onAttempt: () => void;
}

export function useSaveFlow(input: SaveFlowInput) {
  const { t } = useTranslation('policy-editor');
  const navigate = useNavigate();
  const { save, saving } = useSavePolicy(input.policyId);
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<Role | null>(null);

  const onSave = async () => {
    const { policyId, draft, policy, saved } = input;
    input.onAttempt();
    if (input.blocked || policy === undefined) return;
    setError(null);
    const text = draft.text;
    const outcome = await save({
      role: { display_name: input.name, type: roleTypeOf(input.kind), description: draft.description, policy: policy as { Version: '1.1'; Statement: unknown[] } },
      ...(saved?.version != null && policyId !== undefined ? { version: saved.version } : {}),
    });
    switch (outcome.kind) {
      case 'saved':
        discardStoredDraft(policyId);
        input.onServerFindings(null);
        notifySuccess(t('save.success', { name: outcome.role.display_name }));
        input.onSaved(policyId === undefined ? null : baseOf(outcome.role));
        if (policyId === undefined) void navigate(paths.policy(outcome.role.id), { replace: true });
        return;
      case 'invalid':
        input.onServerFindings({ text, findings: outcome.findings });
        setError(outcome.error);
        return;
      case 'stale':
        setConflict(outcome.latest);
        return;
      case 'name-taken':
        input.onNameTaken();
        setError(outcome.error);
        return;
      case 'failed':
        setError(outcome.error);
    }
  };

  return { onSave, saving, error, conflict, setConflict };
}
