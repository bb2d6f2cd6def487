/**
 * Validation of every keystroke: the parsed policy, its findings (with the server's, kept while the
 * text is the one the server judged), the character count, the policy's kind and the errors per
 * visual block.
 */
import { useMemo, useState } from 'react';
import { parsePolicy, type Finding } from '@/iam';
import { countPolicyCharacters, locatePointer, policyKindOf, statementIndexOf, type DraftState } from '../model';
import type { EditorFinding } from '../components/editor/findings-panel';

export interface ServerFindings {
  text: string;
  findings: Finding[];
}

export function usePolicyFindings(draft: DraftState) {
  const parsed = useMemo(() => parsePolicy(draft.text, draft.name.trim() === '' ? {} : { name: draft.name }), [draft.text, draft.name]);
  const count = useMemo(() => countPolicyCharacters(draft.text), [draft.text]);
  const kind = useMemo(() => policyKindOf(parsed.policy), [parsed.policy]);
  const [server, setServer] = useState<ServerFindings | null>(null);
  const findings: EditorFinding[] = useMemo(() => {
    if (server === null || server.text !== draft.text) return parsed.findings;
    const local = new Set(parsed.findings.map((f) => `${f.code} ${f.path}`));
    const extra = server.findings
      .filter((f) => !local.has(`${f.code} ${f.path}`))
      .map((f) => ({ ...f, ...locatePointer(draft.text, f.path), fromServer: true }));
    return [...parsed.findings, ...extra].sort((a, b) => a.line - b.line || a.column - b.column);
  }, [parsed.findings, server, draft.text]);
  const errors = useMemo(() => findings.filter((f) => f.severity === 'error'), [findings]);
  const errorsByBlock = useMemo(() => {
    const m = new Map<number, number>();
    for (const f of errors) {
      const i = statementIndexOf(f.path);
      if (i !== null) m.set(i, (m.get(i) ?? 0) + 1);
    }
    return m;
  }, [errors]);
  return { parsed, count, kind, findings, errors, errorsByBlock, setServer };
}
