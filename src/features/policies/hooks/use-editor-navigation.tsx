/**
 * Which view is open (Visual · JSON · Summary) and moving to a finding: a block in the visual view,
 * the line and column in the JSON view. Switching JSON → visual asks first when the visual view
 * must normalise the policy, and stays in JSON (naming the error) when the text is not JSON; that
 * notice follows the text: it names the current error, and goes once the text is JSON again.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { confirmAction } from '@/components';
import type { Finding, PolicyDocument } from '@/iam';
import { documentToVisual, statementIndexOf, type DraftState, type IdSource, type VisualPolicy } from '../model';
import type { CodeEditorApi } from '../components/editor/code-editor';
import { NormalisationNotes } from '../components/editor/normalisation-notes';

export type View = 'visual' | 'json' | 'summary';

interface DraftEdits {
  updateVisual: (update: (visual: VisualPolicy, ids: IdSource) => VisualPolicy) => void;
  setVisual: (v: VisualPolicy) => void;
  load: (s: DraftState) => void;
}

export function useEditorNavigation(draft: DraftState, parseFindings: readonly Finding[], edit: DraftEdits) {
  const { t } = useTranslation('policy-editor');
  const [view, setView] = useState<View>(draft.visual !== null ? 'visual' : 'json');
  const editorApi = useRef<CodeEditorApi | null>(null);
  const pendingGoTo = useRef<Finding | null>(null);
  const [highlighted, setHighlighted] = useState<number | null>(null);
  // Whether a switch to the visual view was refused; the notice shows only while the text is still not JSON.
  const [switchRefused, setSwitchRefused] = useState(false);
  const textIsJson = useMemo(() => isJson(draft.text), [draft.text]);
  if (switchRefused && textIsJson) setSwitchRefused(false);
  const blockedSwitch = switchRefused && !textIsJson ? (parseFindings.find((f) => f.code.startsWith('json') && f.severity === 'error') ?? parseFindings[0] ?? null) : null;

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
        setSwitchRefused(true);
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
    setSwitchRefused(false);
    setHighlighted(null);
    setView(next);
  };

  return { view, setView, requestView, editorApi, highlighted, blockedSwitch, onSelectFinding, onEditorReady };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
