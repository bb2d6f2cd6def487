/**
 * Save as the editor does it: refuse while something blocks; for a saved custom policy whose
 * document changes, show who gains or loses access on the whole organisation first (the shared
 * consequence preview) and save only when the admin confirms; send the draft with the version the
 * edit started from, then act on the outcome — saved (a new policy moves to its own URL), server
 * findings shown in place, a stale version (the conflict dialog), a taken name, or a failure.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Role } from '@/api/contracts/iam';
import { confirmConsequences, notifySuccess } from '@/components';
import { paths } from '@/components/navigation/paths';
import { policyEditAsCode, type PolicyDocument } from '@/iam';
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
  /** After a save: the new saved version (a new policy then moves to its own URL). */
  onSaved: (base: SavedBase) => void;
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
    // A new policy is attached to nobody; an unchanged document changes nobody's access.
    if (policyId !== undefined && (saved === null || JSON.stringify(saved.policy) !== JSON.stringify(policy))) {
      const ok = await confirmConsequences({
        title: t('save.confirmTitle', { name: input.name }),
        message: t('save.confirmBody'),
        confirmLabel: t('save.button'),
        cancelLabel: t('action.cancel'),
        mutation: { kind: 'editPolicy', policyId, document: policy },
        exportAs: (format) =>
          policyEditAsCode({ title: t('save.confirmTitle', { name: input.name }), id: policyId, policy: { name: input.name, description: draft.description, kind: roleTypeOf(input.kind) === 'AX' ? 'global' : 'project', document: policy } }, format),
      });
      if (!ok) return;
    }
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
        // Saved first (the draft is clean at once), so the leave guard cannot ask while a new
        // policy moves to its own URL.
        input.onSaved(baseOf(outcome.role));
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
