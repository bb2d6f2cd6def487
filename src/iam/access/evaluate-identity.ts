/**
 * The identity verdict (engine.md §3 layers 1–3): root, identity policies with scope coverage
 * and the admin group, then the authorization mode.
 */
import type { ContextLookup } from '../evaluate/context-lookup';
import type { AccessReason, AuthMode, Decision, SnapshotUser, StatementExplain, StatementRef } from '../model';
import { coveredAttachments, decidePrincipal, evaluatePrincipal, findOutOfScopeAllows, serviceOfAction } from './evaluate-principal';
import type { PreparedSnapshot } from './prepare-snapshot';
import type { RequestTarget } from './request-target';

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

/** Decision and reason of an identity verdict. */
export interface IdentityCore {
  decision: Decision;
  reason: AccessReason;
}

const core = (decision: Decision, reason: AccessReason): IdentityCore => Object.freeze({ decision, reason });
const CORES = {
  root: core('allow', 'root'),
  denied: core('explicit_deny', 'denied_by_policy'),
  admin: core('allow', 'admin_group'),
  allowed: core('allow', 'allowed_by_policy'),
  loose: core('allow', 'loose_mode'),
  outOfScope: core('implicit_deny', 'out_of_scope'),
  noAllow: core('implicit_deny', 'no_matching_allow'),
};

/** evaluateIdentity's decision and reason only, without statements (the bulk path). */
export function decideIdentity(
  prepared: PreparedSnapshot,
  user: SnapshotUser,
  request: IdentityRequest,
  target: RequestTarget,
  context: ContextLookup,
  mode: AuthMode,
): IdentityCore {
  if (user.root === true) return CORES.root;
  const principal = prepared.userPolicies(user);
  const covered = coveredAttachments(principal, request.action, target);
  const decision = decidePrincipal(principal, request, context, covered);
  if (decision === 'explicit_deny') return CORES.denied;
  if (prepared.isAdmin(user)) return CORES.admin;
  if (decision === 'allow') return CORES.allowed;
  if (mode === 'loose' && serviceOfAction(request.action) === 'modelarts') return CORES.loose;
  return findOutOfScopeAllows(principal, request, context, covered).length > 0 ? CORES.outOfScope : CORES.noAllow;
}
