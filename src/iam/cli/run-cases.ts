/**
 * Turns a case file into result lines (docs/policy-semantics.md §5 `eval`). Pure: no file or process access.
 * A case that throws still yields a line, with an `error` field.
 */
import { evaluateAccess } from '../access/evaluate-access';
import { compilePolicies } from '../compile/compile-policies';
import { evaluatePolicies } from '../evaluate/evaluate-policies';
import type { AccessRequest, PolicyRequest, ScenarioRequest, Snapshot } from '../model';
import { checkScenario } from '../scenarios/check-scenario';
import type { Case, CaseFile, CaseResult } from './case-file';
import { validatePolicyText } from './validate-text';

function resolveSnapshot(file: CaseFile, c: Case): Snapshot {
  const base = typeof c.snapshot === 'object' && c.snapshot !== null ? c.snapshot : file.snapshots?.[c.snapshot ?? ''];
  if (base === undefined) throw new Error(`unknown snapshot ${JSON.stringify(c.snapshot)}`);
  return c.with === undefined ? base : { ...base, ...c.with };
}

function runKind(file: CaseFile, c: Case): CaseResult {
  const name = c.name;
  switch (c.kind) {
    case 'policies': {
      const result = evaluatePolicies(compilePolicies(c.policies ?? []), c.request as PolicyRequest);
      return { name, decision: result.decision };
    }
    case 'access': {
      const result = evaluateAccess(resolveSnapshot(file, c), c.request as AccessRequest);
      return { name, decision: result.decision, reason: result.reason, blockedBy: result.blockedBy ?? null };
    }
    case 'scenario': {
      const result = checkScenario(resolveSnapshot(file, c), c.request as ScenarioRequest);
      return {
        name,
        ready: result.ready,
        userMissing: result.user.missing,
        agencyMissing: result.agency.missing,
        blockers: result.blockers,
      };
    }
    case 'validate': {
      const result = validatePolicyText(c.policyText ?? '', c.policyKind === undefined ? {} : { kind: c.policyKind });
      return { name, valid: result.valid, findings: result.findings };
    }
    default:
      return { name, error: `unknown case kind ${JSON.stringify(c.kind)}` };
  }
}

export function runCase(file: CaseFile, c: Case): CaseResult {
  try {
    return runKind(file, c);
  } catch (e) {
    return { name: c?.name, error: e instanceof Error ? e.message : String(e) };
  }
}

/** One JSON line per case, in order. */
export function runCaseFile(file: CaseFile): string[] {
  return (file.cases ?? []).map((c) => JSON.stringify(runCase(file, c)));
}
