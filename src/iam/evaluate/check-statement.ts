/**
 * Whether one statement applies once its action matched (docs/policy-semantics.md §2): resource, then every
 * condition. Shared by the indexed and the explain paths so that they always agree.
 */
import type { CompiledStatement } from '../compile/compiled-policy-set';
import { testCondition } from '../conditions/test-condition';
import { testWildcard } from '../match/wildcard';
import type { StatementReason } from '../model';
import type { ContextLookup } from './context-lookup';

export interface StatementCheck {
  reason: Exclude<StatementReason, 'action_mismatch'>;
  /** Index of the condition that decided a failure. */
  conditionIndex: number;
  /** Keys whose absence alone made the statement not apply. */
  missingKeys: string[];
}

const APPLIES: StatementCheck = Object.freeze({ reason: 'applies', conditionIndex: -1, missingKeys: [] }) as StatementCheck;
const RESOURCE_MISMATCH: StatementCheck = Object.freeze({
  reason: 'resource_mismatch',
  conditionIndex: -1,
  missingKeys: [],
}) as StatementCheck;

export function matchesAction(st: CompiledStatement, actionLower: string): boolean {
  for (const m of st.actions) if (testWildcard(m, actionLower)) return true;
  return false;
}

export function matchesResource(st: CompiledStatement, resource: string | undefined): boolean {
  if (st.resources === null) return true;
  if (resource === undefined || resource === null) return false;
  for (const m of st.resources) if (testWildcard(m, resource)) return true;
  return false;
}

/** Checks resource and conditions of a statement whose action matched. */
export function checkStatement(
  st: CompiledStatement,
  resource: string | undefined,
  context: ContextLookup,
): StatementCheck {
  if (!matchesResource(st, resource)) return RESOURCE_MISMATCH;
  const conditions = st.conditions;
  let firstMissing = -1;
  let missingKeys: string[] | null = null;
  for (let i = 0; i < conditions.length; i++) {
    const c = conditions[i]!;
    const verdict = testCondition(c, context.get(c.keyLower));
    if (verdict === 'holds') continue;
    if (verdict === 'failed') return { reason: 'condition_failed', conditionIndex: i, missingKeys: [] };
    if (firstMissing < 0) firstMissing = i;
    missingKeys ??= [];
    if (!missingKeys.includes(c.key)) missingKeys.push(c.key);
  }
  if (firstMissing < 0) return APPLIES;
  return { reason: 'condition_key_missing', conditionIndex: firstMissing, missingKeys: missingKeys ?? [] };
}
