/** Compiles one statement: effect, action and resource matchers, conditions. */
import { compileConditions } from '../conditions/compile-condition';
import { compileWildcard } from '../match/wildcard';
import type { StatementRef } from '../model';
import type { CompiledStatement } from './compiled-policy-set';

function readStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/** Reads Effect case-insensitively; null when it is neither Allow nor Deny. */
export function readEffect(effect: unknown): 'Allow' | 'Deny' | null {
  if (typeof effect !== 'string') return null;
  const lower = effect.toLowerCase();
  if (lower === 'allow') return 'Allow';
  if (lower === 'deny') return 'Deny';
  return null;
}

/** A StatementRef with a stable shape (no deleted keys: they would slow every copy). */
function createRef(position: Omit<StatementRef, 'effect'>, effect: 'Allow' | 'Deny'): StatementRef {
  const { policyIndex, policyId, policyName, statementIndex } = position;
  if (policyId !== undefined && policyName !== undefined) return { policyIndex, policyId, policyName, statementIndex, effect };
  if (policyId !== undefined) return { policyIndex, policyId, statementIndex, effect };
  if (policyName !== undefined) return { policyIndex, policyName, statementIndex, effect };
  return { policyIndex, statementIndex, effect };
}

/** Null when the statement can never apply because its Effect is unreadable. */
export function compileStatement(
  raw: unknown,
  position: Omit<StatementRef, 'effect'>,
  order: number,
): CompiledStatement | null {
  if (raw === null || typeof raw !== 'object') return null;
  const statement = raw as Record<string, unknown>;
  const effect = readEffect(statement.Effect);
  if (effect === null) return null;
  const ref = createRef(position, effect);
  return {
    ref,
    order,
    deny: effect === 'Deny',
    actions: readStrings(statement.Action).map((a) => compileWildcard(a, true)),
    resources: 'Resource' in statement ? readStrings(statement.Resource).map((r) => compileWildcard(r, false)) : null,
    conditions: compileConditions(statement.Condition),
    seen: 0,
  };
}
