/**
 * evaluateAccess (engine.md §3): the identity verdict of layers 1–3, then, for ModelArts
 * actions, the workspace (4) and agency (5) layers. Never throws for an unknown user.
 */
import type { AccessRequest, AccessResult, AuthMode, Snapshot } from '../model';
import { evaluateIdentity } from './evaluate-identity';
import { explainAccess, type AccessExplainInput } from './explain-access';
import { admitsUser, agencyLayerApplies, isModelArtsAction, workspaceLayerApplies } from './modelarts-layers';
import { prepareSnapshot } from './prepare-snapshot';
import { deriveContext, resolveTarget } from './request-target';

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
  const modelArts = isModelArtsAction(actionLower);
  // Layers 4 and 5 (for a denied strict-mode request: whether non-strict mode would pass them).
  const checkLayers = modelArts && (identity.decision === 'allow' || (identity.reason === 'no_matching_allow' && mode === 'strict'));
  const workspaceChecked = checkLayers && workspaceLayerApplies(actionLower, snapshot.workspaceEnabled);
  const workspaceRefuses = workspaceChecked && !admitsUser(target.workspace, user);
  const agencyChecked = checkLayers && !workspaceRefuses && agencyLayerApplies(actionLower);
  const authorization = agencyChecked ? prepared.findAuthorization(user) : undefined;
  const layerBlock = workspaceRefuses ? 'workspace' : agencyChecked && authorization === undefined ? 'agency' : null;

  const explainInput: AccessExplainInput = {
    user,
    action,
    identity,
    blocked: null,
    looseModeWouldAllow: undefined,
    workspaceChecked,
    workspaceId: target.workspaceId,
    workspace: target.workspace,
    authorization,
  };
  const result: AccessResult = {
    decision: identity.decision,
    reason: identity.reason,
    statements: identity.statements,
    missingContextKeys: identity.missingContextKeys,
    explanation: [],
  };
  if (identity.outOfScopePolicies !== undefined) result.outOfScopePolicies = identity.outOfScopePolicies;
  if (identity.explain !== undefined) result.explain = identity.explain;
  if (identity.decision !== 'allow') {
    result.blockedBy = 'identity';
    if (checkLayers) result.looseModeWouldAllow = explainInput.looseModeWouldAllow = layerBlock === null;
  } else if (layerBlock !== null) {
    explainInput.blocked = layerBlock;
    result.decision = 'implicit_deny';
    result.reason = layerBlock === 'workspace' ? 'workspace_not_authorized' : 'no_agency';
    result.blockedBy = layerBlock;
    result.statements = [];
  }
  result.explanation = explainAccess(explainInput);
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
