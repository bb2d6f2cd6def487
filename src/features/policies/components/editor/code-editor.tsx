/**
 * CodeMirror 6 for the policy JSON (loaded lazily with the JSON view): JSON highlighting in both
 * colour schemes, the validator's findings as gutter markers and underlines (pushed in with
 * `setDiagnostics`, so they follow every keystroke without the linter's delay), an accessible
 * label, and `goTo(line, column)` for the findings panel.
 */
import { json } from '@codemirror/lang-json';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { forEachDiagnostic, lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { tags } from '@lezer/highlight';
import { basicSetup, EditorView } from 'codemirror';
import { useEffect, useRef, type RefObject } from 'react';
import type { Finding } from '@/iam';
import { tokenRange } from '../../model';
import classes from './code-editor.module.css';

export interface CodeEditorApi {
  goTo(line: number, column: number): void;
}

export interface CodeEditorProps {
  value: string;
  onChange: (value: string) => void;
  findings: readonly Finding[];
  /** Accessible name of the editing area. */
  label: string;
  /** Receives the editor's API once it exists. */
  apiRef?: RefObject<CodeEditorApi | null>;
  onReady?: () => void;
  readOnly?: boolean;
}

const highlight = HighlightStyle.define([
  { tag: tags.string, color: 'var(--pe-string)' },
  { tag: tags.number, color: 'var(--pe-number)' },
  { tag: tags.propertyName, color: 'var(--pe-property)' },
  { tag: [tags.bool, tags.null, tags.keyword], color: 'var(--pe-keyword)' },
  { tag: tags.invalid, color: 'var(--pe-string)', textDecoration: 'underline' },
]);

const theme = EditorView.theme({
  '&': { backgroundColor: 'var(--mantine-color-body)', color: 'var(--mantine-color-text)', fontSize: '13px' },
  '.cm-content': { fontFamily: 'var(--mantine-font-family-monospace)', caretColor: 'var(--mantine-color-text)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--mantine-color-text)' },
  '.cm-gutters': { backgroundColor: 'var(--pe-gutter-bg)', color: 'var(--pe-gutter)', borderRight: '1px solid var(--mantine-color-default-border)' },
  '.cm-activeLine, .cm-activeLineGutter': { backgroundColor: 'var(--pe-active)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': { backgroundColor: 'rgba(0, 120, 255, 0.25) !important' },
  '.cm-scroller': { minHeight: '320px', maxHeight: '560px' },
  '.cm-tooltip': { backgroundColor: 'var(--mantine-color-body)', color: 'var(--mantine-color-text)' },
});

const SEVERITY: Record<Finding['severity'], Diagnostic['severity']> = {
  error: 'error',
  security: 'warning',
  warning: 'warning',
  suggestion: 'info',
};

function toDiagnostics(view: EditorView, findings: readonly Finding[]): Diagnostic[] {
  const doc = view.state.doc;
  const text = doc.toString();
  return findings.map((f) => {
    const line = doc.line(Math.min(Math.max(1, f.line), doc.lines));
    const from = Math.min(line.from + Math.max(0, f.column - 1), line.to);
    const range = tokenRange(text, from);
    return { from: range.from, to: Math.max(range.from, Math.min(range.to, doc.length)), severity: SEVERITY[f.severity], message: f.message, source: f.code };
  });
}

function signature(diagnostics: readonly Pick<Diagnostic, 'from' | 'to' | 'severity' | 'message'>[]): string {
  return diagnostics.map((d) => `${d.from}:${d.to}:${d.severity}:${d.message}`).join('\n');
}

function currentSignature(view: EditorView): string {
  const list: Pick<Diagnostic, 'from' | 'to' | 'severity' | 'message'>[] = [];
  forEachDiagnostic(view.state, (d, from, to) => list.push({ from, to, severity: d.severity, message: d.message }));
  return signature(list);
}

export default function CodeEditor({ value, onChange, findings, label, apiRef, onReady, readOnly = false }: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  useEffect(() => {
    const v = new EditorView({
      parent: host.current!,
      doc: value,
      extensions: [
        basicSetup,
        json(),
        syntaxHighlighting(highlight),
        lintGutter(),
        theme,
        EditorView.lineWrapping,
        EditorView.editable.of(!readOnly),
        EditorView.contentAttributes.of({ 'aria-label': label }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) onChangeRef.current(u.state.doc.toString());
        }),
      ],
    });
    view.current = v;
    if (apiRef) {
      apiRef.current = {
        goTo(line, column) {
          const doc = v.state.doc;
          const l = doc.line(Math.min(Math.max(1, line), doc.lines));
          const anchor = Math.min(l.from + Math.max(0, column - 1), l.to);
          v.dispatch({ selection: { anchor }, effects: EditorView.scrollIntoView(anchor, { y: 'center' }) });
          v.focus();
        },
      };
    }
    onReady?.();
    return () => {
      if (apiRef) apiRef.current = null;
      v.destroy();
      view.current = null;
    };
    // The view is created once; value, findings and label are synchronised below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Text changed outside the editor (Format, a template, the visual view): replace it.
  useEffect(() => {
    const v = view.current;
    if (v === null) return;
    const current = v.state.doc.toString();
    if (current !== value) v.dispatch({ changes: { from: 0, to: current.length, insert: value } });
  }, [value]);

  useEffect(() => {
    const v = view.current;
    // Findings belong to `value`; when the editor is already ahead, the next render brings new ones.
    if (v === null || v.state.doc.toString() !== value) return;
    const next = toDiagnostics(v, findings);
    // Diagnostics already follow edits; only replace them when they differ (saves a transaction per keystroke).
    if (signature(next) !== currentSignature(v)) v.dispatch(setDiagnostics(v.state, next));
  }, [findings, value]);

  return <div ref={host} className={classes.root} data-testid="policy-json-editor" />;
}
