/**
 * The identity verdict (docs/policy-semantics.md §3 layers 1–3): root, identity policies with scope coverage
 * and the admin group, then the authorization mode.
 */
import type { ContextLookup } from '../evaluate/context-lookup';
import type { AccessReason, AuthMode, Decision, SnapshotUser, StatementExplain, StatementRef } from '../model';
import { coveredAttachments, evaluatePrincipal, findOutOfScopeAllows, serviceOfAction } from './evaluate-principal';
import type { PreparedSnapshot, RequestTarget } from './prepared-types';

export interface IdentityVerdict {
  decision: Decision;
  reason: AccessReason;
  statements: StatementRef[];
  missingContextKeys: string[];
  outOfScopePolicies?: string[];
  explain?: StatementExplain[];
}

export interface IdentityRequest {
  action: string;
  resource?: string;
  explain?: boolean;
}

const NONE: never[] = [];

export function evaluateIdentity(
  prepared: PreparedSnapshot,
  user: SnapshotUser,
  request: IdentityRequest,
  target: RequestTarget,
  context: ContextLookup,
  mode: AuthMode,
): IdentityVerdict {
  if (user.root === true) return { decision: 'allow', reason: 'root', statements: NONE, missingContextKeys: NONE };
  const principal = prepared.userPolicies(user);
  const covered = coveredAttachments(principal, request.action, target);
  const result = evaluatePrincipal(principal, request, target, context, covered);
  const verdict: IdentityVerdict = {
    decision: result.decision,
    reason: 'allowed_by_policy',
    statements: result.statements,
    missingContextKeys: result.missingContextKeys,
  };
  if (result.explain !== undefined) verdict.explain = result.explain;
  if (result.decision === 'explicit_deny') {
    verdict.reason = 'denied_by_policy';
  } else if (prepared.isAdmin(user)) {
    verdict.decision = 'allow';
    verdict.reason = 'admin_group';
  } else if (result.decision === 'allow') {
    verdict.reason = 'allowed_by_policy';
  } else if (mode === 'loose' && serviceOfAction(request.action) === 'modelarts') {
    verdict.decision = 'allow';
    verdict.reason = 'loose_mode';
  } else {
    const outOfScope = findOutOfScopeAllows(principal, request, context, covered);
    verdict.reason = outOfScope.length > 0 ? 'out_of_scope' : 'no_matching_allow';
    if (outOfScope.length > 0) verdict.outOfScopePolicies = outOfScope;
  }
  return verdict;
}
