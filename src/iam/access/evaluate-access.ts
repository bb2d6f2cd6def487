/**
 * evaluateAccess (engine.md §3): the identity verdict of layers 1–3, then, for ModelArts
 * actions, the workspace (4) and agency (5) layers. Never throws for an unknown user.
 */
import type { AccessRequest, AccessResult, AuthMode, Snapshot, SnapshotUser } from '../model';
import { evaluateIdentity } from './evaluate-identity';
import {
  explainAgency,
  explainIdentity,
  explainLooseMode,
  explainMissingKeys,
  explainNoAgency,
  explainWorkspaceAdmits,
  explainWorkspaceRefusal,
} from './explain-access';
import { admitsUser, agencyLayerApplies, isModelArtsAction, workspaceLayerApplies } from './modelarts-layers';
import { prepareSnapshot, type PreparedSnapshot } from './prepare-snapshot';
import { deriveContext, resolveTarget, type RequestTarget } from './request-target';

export interface AccessOptions {
  /** Also return every identity statement with its reason. */
  explain?: boolean;
}

function unknownUser(request: AccessRequest): AccessResult {
  return {
    decision: 'implicit_deny',
    reason: 'unknown_user',
    blockedBy: 'identity',
    statements: [],
    missingContextKeys: [],
    explanation: [`No user with the id or name "${String(request.user)}" exists in this organisation.`],
  };
}

/** Layers 4 and 5 for an identity-allowed ModelArts action: the blocking layer, or null. */
function findModelArtsBlock(
  prepared: PreparedSnapshot,
  user: SnapshotUser,
  actionLower: string,
  target: RequestTarget,
): 'workspace' | 'agency' | null {
  if (workspaceLayerApplies(actionLower, prepared.snapshot.workspaceEnabled) && !admitsUser(target.workspace, user)) {
    return 'workspace';
  }
  if (agencyLayerApplies(actionLower) && prepared.findAuthorization(user) === undefined) return 'agency';
  return null;
}

/** Sentences on the ModelArts layers an allowed request passed. */
function explainPassedLayers(prepared: PreparedSnapshot, user: SnapshotUser, actionLower: string, target: RequestTarget): string[] {
  const out: string[] = [];
  if (workspaceLayerApplies(actionLower, prepared.snapshot.workspaceEnabled)) out.push(explainWorkspaceAdmits(target.workspace));
  const authorization = agencyLayerApplies(actionLower) ? prepared.findAuthorization(user) : undefined;
  if (authorization !== undefined) out.push(explainAgency(authorization.content, authorization.userType === 'all-users'));
  return out.filter((s) => s !== '');
}

export function evaluateAccess(snapshot: Snapshot, request: AccessRequest, options: AccessOptions = {}): AccessResult {
  const prepared = prepareSnapshot(snapshot);
  const user = typeof request.user === 'string' ? prepared.findUser(request.user) : undefined;
  if (user === undefined) return unknownUser(request);
  const action = typeof request.action === 'string' ? request.action : '';
  const actionLower = action.toLowerCase();
  const mode: AuthMode = request.authMode ?? snapshot.authMode;
  const target = resolveTarget(prepared, request);
  const context = deriveContext(prepared, user, target, request.context);
  const identity = evaluateIdentity(prepared, user, { action, resource: request.resource, explain: options.explain }, target, context, mode);
  const explanation = explainIdentity(user, action, identity);
  const result: AccessResult = {
    decision: identity.decision,
    reason: identity.reason,
    statements: identity.statements,
    missingContextKeys: identity.missingContextKeys,
    explanation,
  };
  if (identity.outOfScopePolicies !== undefined) result.outOfScopePolicies = identity.outOfScopePolicies;
  if (identity.explain !== undefined) result.explain = identity.explain;
  if (identity.decision !== 'allow') {
    result.blockedBy = 'identity';
    if (identity.missingContextKeys.length > 0) explanation.push(explainMissingKeys(identity.missingContextKeys));
    if (identity.reason === 'no_matching_allow' && mode === 'strict' && isModelArtsAction(actionLower)) {
      // Non-strict mode would allow at identity (no Deny applied); layers 4 and 5 then decide.
      result.looseModeWouldAllow = findModelArtsBlock(prepared, user, actionLower, target) === null;
      explanation.push(explainLooseMode(result.looseModeWouldAllow));
    }
    return result;
  }
  if (!isModelArtsAction(actionLower)) return result;
  const blocked = findModelArtsBlock(prepared, user, actionLower, target);
  if (blocked === null) {
    explanation.push(...explainPassedLayers(prepared, user, actionLower, target));
    return result;
  }
  result.decision = 'implicit_deny';
  result.blockedBy = blocked;
  result.statements = [];
  if (blocked === 'workspace') {
    result.reason = 'workspace_not_authorized';
    explanation.push(explainWorkspaceRefusal(user, target.workspaceId, target.workspace));
  } else {
    result.reason = 'no_agency';
    explanation.push(explainNoAgency(user));
  }
  return result;
}

/** Evaluates many requests against one snapshot (the snapshot is prepared once). */
export function evaluateAccessMany(snapshot: Snapshot, requests: readonly AccessRequest[]): AccessResult[] {
  return requests.map((r) => evaluateAccess(snapshot, r));
}

/** A users × actions matrix of decisions on one snapshot. */
export function evaluateAccessMatrix(
  snapshot: Snapshot,
  users: readonly string[],
  actions: readonly string[],
  target: Omit<AccessRequest, 'user' | 'action'> = {},
): AccessResult[][] {
  return users.map((user) => actions.map((action) => evaluateAccess(snapshot, { ...target, user, action })));
}
