/**
 * Evaluates the policies attached to a principal (a user's groups or an agency) under the
 * scope rules of engine.md §3 layer 2, and names the attached policies that would allow the
 * action on their own if their scope covered the request.
 */
import { serviceKind } from '../catalog';
import type { ContextLookup } from '../evaluate/context-lookup';
import { evaluateCompiled } from '../evaluate/evaluate-policies';
import type { PolicyResult } from '../model';
import type { PreparedPrincipal, PreparedSnapshot } from './prepare-snapshot';
import type { RequestTarget } from './request-target';
import { coversScope } from './scope-coverage';

export interface PrincipalRequest {
  action: string;
  resource?: string;
  explain?: boolean;
}

export function serviceOfAction(action: string): string {
  const colon = action.indexOf(':');
  return (colon < 0 ? action : action.slice(0, colon)).toLowerCase();
}

const COVERAGE_LIMIT = 256;

/** Which of a principal's attachments cover the request; memoised per principal and target. */
export function coveredAttachments(principal: PreparedPrincipal, action: string, target: RequestTarget): readonly boolean[] {
  const kind = serviceKind(serviceOfAction(action));
  const key = `${kind}\u0000${target.projectId ?? ''}\u0000${target.enterpriseProjectId}`;
  const cached = principal.coverage.get(key);
  if (cached !== undefined) return cached;
  const scopeTarget = { kind, projectId: target.projectId, enterpriseProjectId: target.enterpriseProjectId };
  const covered = principal.attachments.map((a) => coversScope(a.scope, scopeTarget));
  if (principal.coverage.size >= COVERAGE_LIMIT) principal.coverage.clear();
  principal.coverage.set(key, covered);
  return covered;
}

export function evaluatePrincipal(
  principal: PreparedPrincipal,
  request: PrincipalRequest,
  target: RequestTarget,
  context: ContextLookup,
  covered: readonly boolean[] = coveredAttachments(principal, request.action, target),
): PolicyResult {
  return evaluateCompiled(
    principal.compiled,
    { action: request.action, resource: request.resource },
    { explain: request.explain === true },
    { covered, context },
  );
}

/** Names of uncovered attached policies that, on their own and ignoring scope, allow the action. */
export function findOutOfScopeAllows(
  prepared: PreparedSnapshot,
  principal: PreparedPrincipal,
  request: PrincipalRequest,
  context: ContextLookup,
  covered: readonly boolean[],
): string[] {
  const names: string[] = [];
  principal.attachments.forEach((a, i) => {
    if (covered[i] !== false || names.includes(a.policy.name)) return;
    const alone = evaluateCompiled(
      prepared.policyAlone(a.policy),
      { action: request.action, resource: request.resource },
      {},
      { context },
    );
    if (alone.decision === 'allow') names.push(a.policy.name);
  });
  return names;
}
