/**
 * The policy editor: name and description, Visual / JSON / Summary views of one draft, findings,
 * character counter, compare with the saved version, autosaved drafts, and Save through the IAM
 * roles API (server findings in place, 409 → reapply without losing anything). The parts live in
 * hooks/ (findings, name checks, view and finding navigation, the save flow) and beside this file.
 */
import { Alert, Group } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Role } from '@/api/contracts/iam';
import { confirmAction, ErrorAlert, notifySuccess, PageLayout } from '@/components';
import { paths } from '@/components/navigation/paths';
import { baseOf, differs, exactVisual, formatDocument, newDraft, readDraft, stateOfBase, type DraftState, type PolicyDraft, type SavedBase } from '../../model';
import { discardStoredDraft, draftStorage, useDraftAutosave } from '../../hooks/use-draft-autosave';
import { useEditorNavigation } from '../../hooks/use-editor-navigation';
import { useLeaveGuard } from '../../hooks/use-leave-guard';
import { draftFromDocument, usePolicyDraft } from '../../hooks/use-policy-draft';
import { usePolicyFindings } from '../../hooks/use-policy-findings';
import { usePolicyName } from '../../hooks/use-policy-name';
import { useSaveFlow } from '../../hooks/use-save-flow';
import { AttachButton } from '../attach/attach-button';
import { CompareSection } from './compare-section';
import { ConflictModal } from './conflict-modal';
import { EditorViews } from './editor-views';
import { FindingsPanel } from './findings-panel';
import { DESCRIPTION_MAX, NAME_MAX, PolicyDetails } from './policy-details';
import { RestoredDraftAlert } from './restored-draft-alert';
import { SaveBar } from './save-bar';
import { StartFromSelect, type StartFromChoice } from './start-from-select';

export interface PolicyEditorProps {
  /** The saved policy; null for a new one. */
  role: Role | null;
}

export function PolicyEditor({ role }: PolicyEditorProps) {
  const { t } = useTranslation('policy-editor');
  const navigate = useNavigate();
  const policyId = role?.id;
  const readOnly = role?.catalog === 'system';
  const [saved, setSaved] = useState<SavedBase | null>(() => (role ? baseOf(role) : null));
  const emptyNew = useRef<DraftState | null>(null);
  const baseline = useMemo(() => (saved ? stateOfBase(saved) : (emptyNew.current ??= newDraft())), [saved]);

  // A stored draft that differs from the saved policy is restored, with a notice.
  const [restored, setRestored] = useState<PolicyDraft | null>(() => {
    const stored = readOnly ? null : readDraft(draftStorage(), policyId);
    return stored !== null && differs(stored, baseline) ? stored : null;
  });
  const { draft, ...edit } = usePolicyDraft(() =>
    restored ? { name: restored.name, description: restored.description, text: restored.text, visual: exactVisual(restored.text) } : baseline,
  );
  const { parsed, count, kind, findings, errors, errorsByBlock, setServer } = usePolicyFindings(draft);
  const nav = useEditorNavigation(draft, parsed.findings, edit);
  const name = usePolicyName(draft.name, edit.setName);

  const dirty = differs(draft, baseline);
  useDraftAutosave(policyId, draft, dirty && !readOnly, saved?.version ?? null);
  /** Asks before unsaved changes are left behind; on "Discard changes" the stored draft goes too. */
  const confirmDiscard = async () => {
    const ok = await confirmAction({ title: t('leave.title'), message: t('leave.body'), confirmLabel: t('leave.confirm'), cancelLabel: t('leave.stay'), danger: true });
    if (ok) discardStoredDraft(policyId);
    return ok;
  };
  useLeaveGuard(dirty && !readOnly, confirmDiscard);

  const blockers: string[] = [];
  if (readOnly) blockers.push(t('save.blockedSystem'));
  if (name.trimmed === '') blockers.push(t('save.blockedName'));
  else if (name.error !== null) blockers.push(name.error);
  if (draft.description.length > DESCRIPTION_MAX) blockers.push(t('details.descriptionTooLong', { max: DESCRIPTION_MAX, count: draft.description.length }));
  if (errors.length > 0) blockers.push(t('save.blockedErrors', { count: errors.length }));
  if (parsed.policy === undefined && errors.length === 0) blockers.push(t('save.blockedShape'));

  const startFrom = async (choice: StartFromChoice) => {
    if (dirty || draft.visual?.blocks.some((b) => b.service !== '')) {
      const ok = await confirmAction({ title: t('startFrom.confirmTitle'), message: t('startFrom.confirmBody'), confirmLabel: t('startFrom.confirm'), cancelLabel: t('action.cancel') });
      if (!ok) return;
    }
    const nextName = draft.name.trim() === '' ? choice.name.slice(0, NAME_MAX) : draft.name;
    const description = draft.description === '' ? choice.description.slice(0, DESCRIPTION_MAX) : draft.description;
    const { state, notes } = draftFromDocument(nextName, description, choice.document);
    if (notes.length > 0) {
      edit.load({ name: nextName, description, text: formatDocument(choice.document), visual: null });
      nav.setView('json');
    } else {
      edit.load(state);
      nav.setView('visual');
    }
    setServer(null);
  };
  const startFromRef = useRef(startFrom);
  startFromRef.current = startFrom;
  const onStartFrom = useCallback((c: StartFromChoice) => void startFromRef.current(c), []);

  const saving = useSaveFlow({
    policyId,
    draft,
    policy: parsed.policy,
    kind,
    name: name.trimmed,
    blocked: blockers.length > 0,
    saved,
    onAttempt: name.touch,
    onServerFindings: setServer,
    onNameTaken: name.markTaken,
    onSaved: (base) => {
      setRestored(null);
      setSaved(base);
      edit.setName(base.name);
    },
  });
  const [comparing, setComparing] = useState(false);

  const onCancel = async () => {
    if (dirty && !readOnly && !(await confirmDiscard())) return;
    void navigate(paths.policies);
  };

  const discardRestored = () => {
    discardStoredDraft(policyId);
    setRestored(null);
    edit.load(baseline);
    nav.setView(baseline.visual !== null ? 'visual' : 'json');
  };

  const title = role ? t('title.edit', { name: role.display_name }) : t('title.new');

  return (
    <PageLayout
      title={title}
      description={t('help')}
      actions={
        <Group gap="sm">
          {role ? <AttachButton role={role} /> : null}
          {readOnly ? null : <StartFromSelect onPick={onStartFrom} exceptId={policyId} disabled={saving.saving} />}
        </Group>
      }
    >
      {restored ? <RestoredDraftAlert draft={restored} savedVersion={saved?.version ?? null} onDiscard={discardRestored} /> : null}
      {readOnly ? (
        <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} aria-hidden />} title={t('readOnly.title')}>
          {t('readOnly.body')}
        </Alert>
      ) : null}

      <PolicyDetails name={draft.name} description={draft.description} onName={name.onName} onDescription={edit.setDescription} nameError={name.error} kind={kind} disabled={readOnly} />

      <EditorViews
        view={nav.view}
        onView={(v) => void nav.requestView(v)}
        draft={draft}
        policy={parsed.policy}
        count={count}
        findings={findings}
        errorsByBlock={errorsByBlock}
        highlighted={nav.highlighted}
        blockedSwitch={nav.blockedSwitch}
        editorApi={nav.editorApi}
        onEditorReady={nav.onEditorReady}
        updateVisual={edit.updateVisual}
        setText={edit.setText}
        readOnly={readOnly}
      />

      <FindingsPanel findings={findings} onSelect={nav.onSelectFinding} />

      <CompareSection saved={saved} draft={parsed.policy} open={comparing} onToggle={() => setComparing((c) => !c)} />

      {saving.error !== null ? (
        <ErrorAlert error={saving.error} title={t('save.failed')} onRetry={blockers.length === 0 ? () => void saving.onSave() : undefined} retrying={saving.saving} />
      ) : null}

      <SaveBar blockers={blockers} dirty={dirty} saving={saving.saving} onCancel={() => void onCancel()} onSave={() => void saving.onSave()} />

      <ConflictModal
        latest={saving.conflict}
        onClose={() => saving.setConflict(null)}
        onReapply={(latest) => {
          setSaved(baseOf(latest));
          saving.setConflict(null);
          setComparing(true);
          notifySuccess(t('conflict.reapplied', { version: latest.version ?? '?' }));
        }}
        onLoadTheirs={(latest) => {
          const base = baseOf(latest);
          setSaved(base);
          const state = stateOfBase(base);
          edit.load(state);
          nav.setView(state.visual !== null ? 'visual' : 'json');
          saving.setConflict(null);
        }}
      />
    </PageLayout>
  );
}
