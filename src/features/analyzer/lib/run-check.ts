/**
 * Runs a Check access query on the engine: per action, evaluateAccess for a user (with
 * explain), or evaluatePolicies for pasted policies.
 */
import {
  compilePolicies,
  conditionalOfPolicies,
  evaluateAccess,
  evaluatePolicies,
  parsePolicy,
  type AccessReason,
  type BlockedBy,
  type ConditionalResult,
  type Decision,
  type ExplanationPart,
  type Finding,
  type PolicyDocument,
  type Snapshot,
  type StatementExplain,
  type StatementRef,
} from '@/iam';
import type { CheckQuery } from './check-query';

export interface CheckRow {
  action: string;
  decision: Decision;
  /** Absent for pasted policies (no organisation layers). */
  reason?: AccessReason;
  blockedBy?: BlockedBy;
  statements: StatementRef[];
  missingContextKeys: string[];
  explanation: string[];
  /** What each explanation sentence says (AccessResult.explanationParts), to word it in the console's language. */
  explanationParts?: ExplanationPart[];
  explain: StatementExplain[];
  outOfScopePolicies?: string[];
  looseModeWouldAllow?: boolean;
  /** Values for context keys the request lacks could change the result: the console shows Conditional. */
  conditional?: ConditionalResult;
}

export type CheckOutcome = { ok: true; rows: CheckRow[] } | { ok: false; findings: Finding[] };

/** Pasted text: one policy document, or a JSON array of them. Error findings stop the check. */
export function readPastedPolicies(text: string): { documents: PolicyDocument[]; findings: Finding[] } {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    let items: unknown;
    try {
      items = JSON.parse(trimmed);
    } catch {
      // The parser's finding says where and why, in words the console can translate.
      const syntax = parsePolicy(text).findings.find((f) => f.code.startsWith('json-'));
      return { documents: [], findings: [syntax ?? { code: 'json-syntax', severity: 'error', message: 'Invalid JSON.', path: '', line: 1, column: 1, params: {} }] };
    }
    const documents: PolicyDocument[] = [];
    const findings: Finding[] = [];
    (items as unknown[]).forEach((item, i) => {
      const r = parsePolicy(JSON.stringify(item, null, 2));
      for (const f of r.findings) if (f.severity === 'error') findings.push({ ...f, path: `/${i}${f.path}` });
      if (r.policy) documents.push(r.policy);
    });
    return { documents, findings };
  }
  const r = parsePolicy(text);
  return { documents: r.policy ? [r.policy] : [], findings: r.findings.filter((f) => f.severity === 'error') };
}

export function runCheck(snapshot: Snapshot | undefined, q: CheckQuery): CheckOutcome {
  if (q.subject.kind === 'policy') {
    const { documents, findings } = readPastedPolicies(q.subject.text);
    if (findings.length > 0 || documents.length === 0) return { ok: false, findings };
    const compiled = compilePolicies(documents.map((document, i) => ({ name: `#${i + 1}`, document })));
    return {
      ok: true,
      rows: q.actions.map((action) => {
        const r = evaluatePolicies(compiled, { action, context: q.context }, { explain: true });
        const row: CheckRow = { action, decision: r.decision, statements: r.statements, missingContextKeys: r.missingContextKeys, explanation: [], explain: r.explain ?? [] };
        // Values for keys the request lacks could change it: Conditional, never Allowed (docs/policy-semantics.md §3 "Conditional").
        const conditional = conditionalOfPolicies(compiled, { action, context: q.context });
        if (conditional !== undefined) row.conditional = conditional;
        return row;
      }),
    };
  }
  if (!snapshot) return { ok: true, rows: [] };
  const user = q.subject.user;
  return {
    ok: true,
    rows: q.actions.map((action) => {
      const r = evaluateAccess(
        snapshot,
        {
          user,
          action,
          projectId: q.projectId,
          workspaceId: q.workspaceId,
          context: q.context,
          ...(q.mode === 'configured' ? {} : { authMode: q.mode }),
        },
        { explain: true },
      );
      const row: CheckRow = {
        action,
        decision: r.decision,
        reason: r.reason,
        statements: r.statements,
        missingContextKeys: r.missingContextKeys,
        explanation: r.explanation,
        explain: r.explain ?? [],
      };
      if (r.explanationParts !== undefined) row.explanationParts = r.explanationParts;
      if (r.blockedBy !== undefined) row.blockedBy = r.blockedBy;
      if (r.outOfScopePolicies !== undefined) row.outOfScopePolicies = r.outOfScopePolicies;
      if (r.looseModeWouldAllow !== undefined) row.looseModeWouldAllow = r.looseModeWouldAllow;
      if (r.conditional !== undefined) row.conditional = r.conditional;
      return row;
    }),
  };
}
