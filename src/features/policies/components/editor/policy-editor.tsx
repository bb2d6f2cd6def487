/**
 * The policy editor (issue 6): name and description, Visual / JSON / Summary views of one draft,
 * findings, character counter, compare with the saved version, autosaved drafts, and Save
 * through the IAM roles API (server findings in place, 409 → reapply without losing anything).
 */
import { Alert, Button, Group, Paper, Stack, Tabs, Text } from '@mantine/core';
import { IconArrowBackUp, IconDeviceFloppy, IconGitCompare, IconInfoCircle } from '@tabler/icons-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Role } from '@/api/contracts/iam';
import { confirmAction, ErrorAlert, formatDateTime, notifySuccess, PageLayout } from '@/components';
import { parsePolicy, type Finding, type PolicyDocument } from '@/iam';
import {
  countPolicyCharacters,
  createBlock,
  createIdSource,
  documentToVisual,
  formatDocument,
  locatePointer,
  policyKindOf,
  readDraft,
  roleTypeOf,
  sameJson,
  statementIndexOf,
  visualToDocument,
  type PolicyDraft,
} from '../../model';
import { discardStoredDraft, draftStorage, useDraftAutosave } from '../../hooks/use-draft-autosave';
import { useLeaveGuard } from '../../hooks/use-leave-guard';
import { draftFromDocument, usePolicyDraft, type DraftState } from '../../hooks/use-policy-draft';
import { useSavePolicy } from '../../hooks/use-save-policy';
import { CharacterCounter } from './character-counter';
import type { CodeEditorApi } from './code-editor';
import { ComparePanel } from './compare-panel';
import { ConflictModal } from './conflict-modal';
import { FindingsPanel, type EditorFinding } from './findings-panel';
import { JsonView } from './json-view';
import { NormalisationNotes } from './normalisation-notes';
import { DESCRIPTION_MAX, NAME_MAX, PolicyDetails } from './policy-details';
import { StartFromSelect, type StartFromChoice } from './start-from-select';
import { SummaryView } from './summary-view';
import { VisualView } from './visual-view';

export const POLICIES_PATH = '/iam/policies';
type View = 'visual' | 'json' | 'summary';

interface SavedBase {
  name: string;
  description: string;
  policy: PolicyDocument;
  version: number | null;
}

function baseOf(role: Role): SavedBase {
  return { name: role.display_name, description: role.description, policy: role.policy as PolicyDocument, version: role.version ?? null };
}

/** A new policy starts with one empty block. */
function newDraft(): DraftState {
  const visual = { blocks: [createBlock(createIdSource())] };
  return { name: '', description: '', visual, text: formatDocument(visualToDocument(visual)) };
}

/** The visual model of a text when it converts without any change, else null (JSON view). */
function exactVisual(text: string) {
  try {
    const { visual, notes } = documentToVisual(JSON.parse(text) as PolicyDocument);
    return notes.length === 0 ? visual : null;
  } catch {
    return null;
  }
}

function stateOfBase(base: SavedBase): DraftState {
  const text = formatDocument(base.policy);
  return { name: base.name, description: base.description, text, visual: exactVisual(text) };
}

function differs(d: { name: string; description: string; text: string }, baseline: { name: string; description: string; text: string }): boolean {
  return d.name !== baseline.name || d.description !== baseline.description || !sameJson(d.text, baseline.text);
}

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
  const [view, setView] = useState<View>(draft.visual !== null ? 'visual' : 'json');

  // Validation of every keystroke.
  const parsed = useMemo(() => parsePolicy(draft.text, draft.name.trim() === '' ? {} : { name: draft.name }), [draft.text, draft.name]);
  const count = useMemo(() => countPolicyCharacters(draft.text), [draft.text]);
  const kind = useMemo(() => policyKindOf(parsed.policy), [parsed.policy]);
  const [server, setServer] = useState<{ text: string; findings: Finding[] } | null>(null);
  const findings: EditorFinding[] = useMemo(() => {
    if (server === null || server.text !== draft.text) return parsed.findings;
    const local = new Set(parsed.findings.map((f) => `${f.code} ${f.path}`));
    const extra = server.findings
      .filter((f) => !local.has(`${f.code} ${f.path}`))
      .map((f) => ({ ...f, ...locatePointer(draft.text, f.path), fromServer: true }));
    return [...parsed.findings, ...extra].sort((a, b) => a.line - b.line || a.column - b.column);
  }, [parsed.findings, server, draft.text]);
  const errors = findings.filter((f) => f.severity === 'error');
  const errorsByBlock = useMemo(() => {
    const m = new Map<number, number>();
    for (const f of errors) {
      const i = statementIndexOf(f.path);
      if (i !== null) m.set(i, (m.get(i) ?? 0) + 1);
    }
    return m;
  }, [errors]);

  const dirty = differs(draft, baseline);
  useDraftAutosave(policyId, draft, dirty && !readOnly, saved?.version ?? null);
  /** Asks before unsaved changes are left behind; on "Discard changes" the stored draft goes too. */
  const confirmDiscard = async () => {
    const ok = await confirmAction({ title: t('leave.title'), message: t('leave.body'), confirmLabel: t('leave.confirm'), cancelLabel: t('leave.stay'), danger: true });
    if (ok) discardStoredDraft(policyId);
    return ok;
  };
  useLeaveGuard(dirty && !readOnly, confirmDiscard);

  // Name checks: required (shown after a save attempt or once typed), length, taken.
  const [nameTouched, setNameTouched] = useState(false);
  const [takenName, setTakenName] = useState<string | null>(null);
  const trimmedName = draft.name.trim();
  const nameError =
    trimmedName === ''
      ? nameTouched
        ? t('details.nameRequired')
        : null
      : draft.name.length > NAME_MAX
        ? t('details.nameTooLong', { max: NAME_MAX })
        : takenName !== null && takenName.toLowerCase() === trimmedName.toLowerCase()
          ? t('details.nameTaken', { name: trimmedName })
          : null;

  const { setName } = edit;
  const onName = useCallback(
    (v: string) => {
      setNameTouched(true);
      setName(v);
    },
    [setName],
  );

  const blockers: string[] = [];
  if (readOnly) blockers.push(t('save.blockedSystem'));
  if (trimmedName === '') blockers.push(t('save.blockedName'));
  else if (nameError !== null) blockers.push(nameError);
  if (draft.description.length > DESCRIPTION_MAX) blockers.push(t('details.descriptionTooLong', { max: DESCRIPTION_MAX, count: draft.description.length }));
  if (errors.length > 0) blockers.push(t('save.blockedErrors', { count: errors.length }));
  if (parsed.policy === undefined && errors.length === 0) blockers.push(t('save.blockedShape'));

  // Moving to a finding.
  const editorApi = useRef<CodeEditorApi | null>(null);
  const pendingGoTo = useRef<Finding | null>(null);
  const [highlighted, setHighlighted] = useState<number | null>(null);
  const [blockedSwitch, setBlockedSwitch] = useState<Finding | null>(null);

  const goToBlock = (index: number) => {
    const block = draft.visual?.blocks[index];
    if (block?.collapsed) edit.updateVisual((v) => ({ blocks: v.blocks.map((b, i) => (i === index ? { ...b, collapsed: false } : b)) }));
    setHighlighted(index);
    requestAnimationFrame(() => {
      const el = document.getElementById(`policy-block-${index}`);
      el?.scrollIntoView({ block: 'start', behavior: 'smooth' });
      el?.focus({ preventScroll: true });
    });
  };
  const selectFinding = (f: Finding) => {
    const block = statementIndexOf(f.path);
    if (view === 'visual' && draft.visual !== null && block !== null && block < draft.visual.blocks.length) {
      goToBlock(block);
      return;
    }
    if (view === 'json' && editorApi.current) editorApi.current.goTo(f.line, f.column);
    else {
      pendingGoTo.current = f;
      setView('json');
    }
  };
  // A stable callback for the memoised findings panel; the latest render's handler runs.
  const selectRef = useRef(selectFinding);
  selectRef.current = selectFinding;
  const onSelectFinding = useCallback((f: Finding) => selectRef.current(f), []);
  const onEditorReady = () => {
    const f = pendingGoTo.current;
    pendingGoTo.current = null;
    if (f) requestAnimationFrame(() => editorApi.current?.goTo(f.line, f.column));
  };

  const requestView = async (next: View) => {
    if (next === view) return;
    if (next === 'visual' && draft.visual === null) {
      let value: unknown;
      try {
        value = JSON.parse(draft.text);
      } catch {
        setBlockedSwitch(parsed.findings.find((f) => f.code.startsWith('json')) ?? parsed.findings[0] ?? null);
        setView('json');
        return;
      }
      const { visual, notes } = documentToVisual(value as PolicyDocument);
      if (notes.length > 0) {
        const ok = await confirmAction({
          title: t('normalise.title'),
          message: <NormalisationNotes notes={notes} />,
          confirmLabel: t('normalise.confirm'),
          cancelLabel: t('normalise.cancel'),
        });
        if (!ok) return;
        edit.setVisual(visual);
      } else edit.load({ ...draft, visual });
    }
    setBlockedSwitch(null);
    setHighlighted(null);
    setView(next);
  };

  const startFrom = async (choice: StartFromChoice) => {
    if (dirty || draft.visual?.blocks.some((b) => b.service !== '')) {
      const ok = await confirmAction({ title: t('startFrom.confirmTitle'), message: t('startFrom.confirmBody'), confirmLabel: t('startFrom.confirm'), cancelLabel: t('action.cancel') });
      if (!ok) return;
    }
    const name = draft.name.trim() === '' ? choice.name.slice(0, NAME_MAX) : draft.name;
    const description = draft.description === '' ? choice.description.slice(0, DESCRIPTION_MAX) : draft.description;
    const { state, notes } = draftFromDocument(name, description, choice.document);
    if (notes.length > 0) {
      edit.load({ name, description, text: formatDocument(choice.document), visual: null });
      setView('json');
    } else {
      edit.load(state);
      setView('visual');
    }
    setServer(null);
  };

  const startFromRef = useRef(startFrom);
  startFromRef.current = startFrom;
  const onStartFrom = useCallback((c: StartFromChoice) => void startFromRef.current(c), []);

  // Saving.
  const { save, saving } = useSavePolicy(policyId);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<Role | null>(null);
  const [comparing, setComparing] = useState(false);

  const onSave = async () => {
    setNameTouched(true);
    if (blockers.length > 0 || parsed.policy === undefined) return;
    setSaveError(null);
    const text = draft.text;
    const outcome = await save({
      role: { display_name: trimmedName, type: roleTypeOf(kind), description: draft.description, policy: parsed.policy as { Version: '1.1'; Statement: unknown[] } },
      ...(saved?.version != null && policyId !== undefined ? { version: saved.version } : {}),
    });
    switch (outcome.kind) {
      case 'saved': {
        discardStoredDraft(policyId);
        setServer(null);
        setRestored(null);
        notifySuccess(t('save.success', { name: outcome.role.display_name }));
        if (policyId === undefined) {
          discardStoredDraft(undefined);
          void navigate(`${POLICIES_PATH}/${outcome.role.id}`, { replace: true });
        } else {
          const base = baseOf(outcome.role);
          setSaved(base);
          edit.setName(base.name);
        }
        return;
      }
      case 'invalid':
        setServer({ text, findings: outcome.findings });
        setSaveError(outcome.error);
        return;
      case 'stale':
        setConflict(outcome.latest);
        return;
      case 'name-taken':
        setTakenName(trimmedName);
        setSaveError(outcome.error);
        return;
      case 'failed':
        setSaveError(outcome.error);
    }
  };

  const onCancel = async () => {
    if (dirty && !readOnly && !(await confirmDiscard())) return;
    void navigate(POLICIES_PATH);
  };

  const discardRestored = () => {
    discardStoredDraft(policyId);
    setRestored(null);
    edit.load(baseline);
    setView(baseline.visual !== null ? 'visual' : 'json');
  };

  const savedAt = restored ? formatDateTime(restored.savedAt) : '';
  const title = role ? t('title.edit', { name: role.display_name }) : t('title.new');

  return (
    <PageLayout title={title} description={t('help')} actions={readOnly ? undefined : <StartFromSelect onPick={onStartFrom} exceptId={policyId} disabled={saving} />}>
      {restored ? (
        <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} aria-hidden />} title={t('draft.restoredTitle')} role="status">
          <Stack gap="xs">
            <Text size="sm">
              {t('draft.restored', { time: savedAt })}
              {saved?.version != null && restored.baseVersion !== null && restored.baseVersion !== saved.version ? ` ${t('draft.newerSaved', { version: saved.version })}` : ''}
            </Text>
            <Group>
              <Button size="xs" variant="default" leftSection={<IconArrowBackUp size={14} aria-hidden />} onClick={discardRestored}>
                {t('draft.discard')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : null}
      {readOnly ? (
        <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} aria-hidden />} title={t('readOnly.title')}>
          {t('readOnly.body')}
        </Alert>
      ) : null}

      <PolicyDetails
        name={draft.name}
        description={draft.description}
        onName={onName}
        onDescription={edit.setDescription}
        nameError={nameError}
        kind={kind}
        disabled={readOnly}
      />

      <Tabs value={view} onChange={(v) => v && void requestView(v as View)} keepMounted={false}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Tabs.List>
            <Tabs.Tab value="visual">{t('view.visual')}</Tabs.Tab>
            <Tabs.Tab value="json">{t('view.json')}</Tabs.Tab>
            <Tabs.Tab value="summary">{t('view.summary')}</Tabs.Tab>
          </Tabs.List>
          <CharacterCounter count={count} />
        </Group>
        <Tabs.Panel value="visual" pt="md">
          {draft.visual !== null ? (
            <VisualView visual={draft.visual} update={edit.updateVisual} errorsByBlock={errorsByBlock} highlightedBlock={highlighted} disabled={readOnly} />
          ) : null}
        </Tabs.Panel>
        <Tabs.Panel value="json" pt="md">
          <JsonView text={draft.text} onChange={edit.setText} findings={findings} apiRef={editorApi} onReady={onEditorReady} blockedSwitch={blockedSwitch} readOnly={readOnly} />
        </Tabs.Panel>
        <Tabs.Panel value="summary" pt="md">
          <SummaryView policy={parsed.policy} />
        </Tabs.Panel>
      </Tabs>

      <FindingsPanel findings={findings} onSelect={onSelectFinding} />

      <Paper withBorder p="md" radius="md" component="section" aria-label={t('compare.button')}>
        <Stack gap="sm">
          <Group justify="space-between">
            <Text size="sm">{saved ? t('compare.help', { version: saved.version ?? '—' }) : t('compare.helpNew')}</Text>
            <Button variant="default" leftSection={<IconGitCompare size={16} aria-hidden />} onClick={() => setComparing((c) => !c)} aria-expanded={comparing} aria-controls="policy-compare">
              {t('compare.button')}
            </Button>
          </Group>
          {comparing ? (
            <div id="policy-compare">
              <ComparePanel saved={saved?.policy ?? null} draft={parsed.policy} />
            </div>
          ) : null}
        </Stack>
      </Paper>

      {saveError !== null ? <ErrorAlert error={saveError} title={t('save.failed')} onRetry={blockers.length === 0 ? () => void onSave() : undefined} retrying={saving} /> : null}

      <Group justify="space-between" wrap="wrap" gap="sm">
        <Text size="sm" c={blockers.length > 0 ? 'red.8' : 'dimmed'} id="policy-save-status" aria-live="polite">
          {blockers.length > 0 ? blockers.join(' ') : dirty ? t('save.unsaved') : t('save.upToDate')}
        </Text>
        <Group gap="sm">
          <Button variant="default" onClick={() => void onCancel()}>
            {t('action.cancel')}
          </Button>
          <Button
            variant="filled"
            leftSection={<IconDeviceFloppy size={16} aria-hidden />}
            onClick={() => void onSave()}
            loading={saving}
            disabled={blockers.length > 0}
            aria-describedby="policy-save-status"
          >
            {t('save.button')}
          </Button>
        </Group>
      </Group>

      <ConflictModal
        latest={conflict}
        onClose={() => setConflict(null)}
        onReapply={(latest) => {
          setSaved(baseOf(latest));
          setConflict(null);
          setComparing(true);
          notifySuccess(t('conflict.reapplied', { version: latest.version ?? '?' }));
        }}
        onLoadTheirs={(latest) => {
          const base = baseOf(latest);
          setSaved(base);
          const state = stateOfBase(base);
          edit.load(state);
          setView(state.visual !== null ? 'visual' : 'json');
          setConflict(null);
        }}
      />
    </PageLayout>
  );
}
