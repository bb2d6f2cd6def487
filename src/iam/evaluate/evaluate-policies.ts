/**
 * evaluatePolicies (engine.md §2): Deny wins, then Allow, else implicit deny. The indexed path
 * looks only at statements whose action matches; the explain path walks every statement and
 * gives each a machine-readable reason. Both use checkStatement, so they always agree.
 */
import type { CompiledPolicySet, CompiledStatement } from '../compile/compiled-policy-set';
import { describeConditionFailure } from '../conditions/test-condition';
import type { Decision, PolicyRequest, PolicyResult, StatementExplain, StatementRef } from '../model';
import { checkStatement, matchesAction, type StatementCheck } from './check-statement';
import { collectCandidates } from './collect-candidates';
import { createContextLookup, type ContextLookup } from './context-lookup';

export interface EvaluateOptions {
  explain?: boolean;
}

/** Internal: `covered[policyIndex] === false` leaves a policy out (access scope rules). */
export interface EvaluateScope {
  covered?: readonly boolean[];
  /** A prepared context lookup, instead of request.context. */
  context?: ContextLookup;
}

function describeExplain(st: CompiledStatement, check: StatementCheck, context: ContextLookup): StatementExplain {
  const out: StatementExplain = { ...st.ref, reason: check.reason };
  const c = st.conditions[check.conditionIndex];
  if (c !== undefined && (check.reason === 'condition_failed' || check.reason === 'condition_key_missing')) {
    const requestValue = context.get(c.keyLower);
    out.condition = {
      operator: c.operator,
      key: c.key,
      requestValue,
      policyValues: c.values,
      note: describeConditionFailure(c, requestValue),
    };
  }
  return out;
}

function decide(denies: StatementRef[], allows: StatementRef[]): { decision: Decision; statements: StatementRef[] } {
  if (denies.length > 0) return { decision: 'explicit_deny', statements: denies };
  if (allows.length > 0) return { decision: 'allow', statements: allows };
  return { decision: 'implicit_deny', statements: [] };
}

function addMissing(into: string[], keys: readonly string[]): void {
  for (const k of keys) if (!into.includes(k)) into.push(k);
}

export function evaluateCompiled(
  set: CompiledPolicySet,
  request: PolicyRequest,
  options: EvaluateOptions = {},
  scope: EvaluateScope = {},
): PolicyResult {
  const action = typeof request.action === 'string' ? request.action.toLowerCase() : '';
  const covered = scope.covered;
  const explain = options.explain === true;
  const statements = explain ? set.statements : collectCandidates(set, action);
  let context = scope.context;
  const denies: StatementRef[] = [];
  const allows: StatementRef[] = [];
  const missing: string[] = [];
  const details: StatementExplain[] = [];
  for (const st of statements) {
    if (covered !== undefined && covered[st.ref.policyIndex] === false) continue;
    if (explain && !matchesAction(st, action)) {
      details.push({ ...st.ref, reason: 'action_mismatch' });
      continue;
    }
    if (context === undefined) context = createContextLookup(request.context);
    const check = checkStatement(st, request.resource, context);
    if (explain) details.push(describeExplain(st, check, context));
    if (check.reason === 'applies') (st.deny ? denies : allows).push(st.ref);
    else addMissing(missing, check.missingKeys);
  }
  const result: PolicyResult = { ...decide(denies, allows), missingContextKeys: missing };
  if (explain) result.explain = details;
  return result;
}

export function evaluatePolicies(set: CompiledPolicySet, request: PolicyRequest, options: EvaluateOptions = {}): PolicyResult {
  return evaluateCompiled(set, request, options);
}
