/** The three views of one draft: Visual (blocks), JSON (CodeMirror with findings) and Summary. */
import { Group, Tabs } from '@mantine/core';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding, PolicyDocument } from '@/iam';
import type { View } from '../../hooks/use-editor-navigation';
import type { CharacterCount, DraftState, IdSource, VisualPolicy } from '../../model';
import { CharacterCounter } from './character-counter';
import type { CodeEditorApi } from './code-editor';
import type { EditorFinding } from './findings-panel';
import { JsonView } from './json-view';
import { SummaryView } from './summary-view';
import { VisualView } from './visual-view';

export interface EditorViewsProps {
  view: View;
  onView: (v: View) => void;
  draft: DraftState;
  policy: PolicyDocument | undefined;
  count: CharacterCount;
  findings: EditorFinding[];
  errorsByBlock: Map<number, number>;
  highlighted: number | null;
  blockedSwitch: Finding | null;
  editorApi: RefObject<CodeEditorApi | null>;
  onEditorReady: () => void;
  updateVisual: (update: (visual: VisualPolicy, ids: IdSource) => VisualPolicy) => void;
  setText: (text: string) => void;
  readOnly: boolean;
}

export function EditorViews(p: EditorViewsProps) {
  const { t } = useTranslation('policy-editor');
  return (
    <Tabs value={p.view} onChange={(v) => v && p.onView(v as View)} keepMounted={false}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Tabs.List>
          <Tabs.Tab value="visual">{t('view.visual')}</Tabs.Tab>
          <Tabs.Tab value="json">{t('view.json')}</Tabs.Tab>
          <Tabs.Tab value="summary">{t('view.summary')}</Tabs.Tab>
        </Tabs.List>
        <CharacterCounter count={p.count} />
      </Group>
      <Tabs.Panel value="visual" pt="md">
        {p.draft.visual !== null ? (
          <VisualView visual={p.draft.visual} update={p.updateVisual} errorsByBlock={p.errorsByBlock} highlightedBlock={p.highlighted} disabled={p.readOnly} />
        ) : null}
      </Tabs.Panel>
      <Tabs.Panel value="json" pt="md">
        <JsonView text={p.draft.text} onChange={p.setText} findings={p.findings} apiRef={p.editorApi} onReady={p.onEditorReady} blockedSwitch={p.blockedSwitch} readOnly={p.readOnly} />
      </Tabs.Panel>
      <Tabs.Panel value="summary" pt="md">
        <SummaryView policy={p.policy} />
      </Tabs.Panel>
    </Tabs>
  );
}
