/**
 * evaluateAccess (docs/policy-semantics.md §3): the identity verdict of layers 1–3, then, for ModelArts
 * actions, the workspace (4) and agency (5) layers. Never throws for an unknown user.
 */
import type { AccessRequest, AccessResult, AuthMode, ConditionalResult, Snapshot, SnapshotUser } from '../model';
import { actionFacts, type ActionFacts } from './action-facts';
import { checkLayers, finalVerdict, type LayerOutcome } from './check-layers';
import { evaluateIdentity, type IdentityVerdict } from './evaluate-identity';
import { explainAccess, explainConditionalRefusal, explainUnknownUser, type Sentence } from './explain-access';
import { findConditional, withValues } from './conditional';
import { prepareSnapshot } from './prepare-snapshot';
import type { PreparedSnapshot, RequestTarget } from './prepared-types';
import { deriveContext, resolveTarget } from './request-target';

export interface AccessOptions {
  /** Also return every identity statement with its reason. */
  explain?: boolean;
}

function unknownUser(request: AccessRequest): AccessResult {
  const sentence = explainUnknownUser(String(request.user));
  return {
    decision: 'implicit_deny',
    reason: 'unknown_user',
    blockedBy: 'identity',
    statements: [],
    missingContextKeys: [],
    explanation: [sentence.text],
    explanationParts: [sentence.part],
  };
}

/** The result of an evaluated request: the identity verdict after layers 4 and 5, explained. */
function buildResult(
  user: SnapshotUser,
  action: string,
  identity: IdentityVerdict,
  layers: LayerOutcome,
  target: RequestTarget,
  looseUncertain = false,
): AccessResult {
  // Non-strict mode would allow (no layer refuses), would not (one does), or — a statement reading
  // a key the request lacks could deny it there — it depends, and nothing is said.
  const looseModeWouldAllow = identity.decision !== 'allow' && layers.checked && !(looseUncertain && layers.block === null) ? layers.block === null : undefined;
  const blocked = identity.decision === 'allow' ? layers.block : null;
  const verdict = finalVerdict(identity, layers);
  const sentences = explainAccess({
    user,
    action,
    identity,
    blocked,
    looseModeWouldAllow,
    workspaceChecked: layers.workspaceChecked,
    workspaceId: target.workspaceId,
    workspace: target.workspace,
    authorization: layers.authorization,
  });
  // Built field by field in the order callers have always seen (object spread is slow on Node 20).
  const result: AccessResult = {
    decision: verdict.decision,
    reason: verdict.reason,
    statements: blocked === null ? identity.statements : [],
    missingContextKeys: identity.missingContextKeys,
    explanation: sentences.map((s) => s.text),
    explanationParts: sentences.map((s) => s.part),
  };
  if (identity.outOfScopePolicies !== undefined) result.outOfScopePolicies = identity.outOfScopePolicies;
  if (identity.explain !== undefined) result.explain = identity.explain;
  if (verdict.blockedBy !== undefined) result.blockedBy = verdict.blockedBy;
  if (looseModeWouldAllow !== undefined) result.looseModeWouldAllow = looseModeWouldAllow;
  return result;
}

const IDENTITY_ALLOWS = { decision: 'allow', reason: 'allowed_by_policy' } as const;

/** Layers 4 and 5 (which read no context) would let an identity allow through. */
export function layersPass(prepared: PreparedSnapshot, user: SnapshotUser, facts: ActionFacts, mode: AuthMode, target: RequestTarget): boolean {
  return !facts.modelArts || checkLayers(prepared, user, facts, IDENTITY_ALLOWS, mode, target).block === null;
}

function evaluateWith(
  prepared: PreparedSnapshot,
  request: AccessRequest,
  options: AccessOptions,
  conditional: boolean,
): AccessResult {
  const user = typeof request.user === 'string' ? prepared.findUser(request.user) : undefined;
  if (user === undefined) return unknownUser(request);
  const facts = actionFacts(typeof request.action === 'string' ? request.action : '');
  const mode = request.authMode ?? prepared.snapshot.authMode;
  const target = resolveTarget(prepared, request);
  const context = deriveContext(prepared, user, target, request.context);
  const identity = evaluateIdentity(prepared, user, { action: facts.action, resource: request.resource, explain: options.explain }, target, context, mode);
  const layers = checkLayers(prepared, user, facts, identity, mode, target);
  const looseUncertain =
    conditional && identity.decision !== 'allow' && layers.checked && layers.block === null && findConditional(prepared, user, facts, request.resource, target, context, 'loose', true) !== undefined;
  const result = buildResult(user, facts.action, identity, layers, target, looseUncertain);
  if (!conditional) return result;
  const search = findConditional(prepared, user, facts, request.resource, target, context, mode, layersPass(prepared, user, facts, mode, target));
  if (search === undefined) return result;
  const info: ConditionalResult = { keys: search.keys, statements: search.statements };
  if (search.example !== undefined) {
    info.example = search.example;
    info.exampleDecision = evaluateWith(prepared, { ...request, context: withValues(request.context, search.example) }, {}, false).decision;
  }
  result.conditional = info;
  const parts = result.explanationParts;
  if (result.reason === 'no_matching_allow' && parts !== undefined) {
    // Values for the lacking keys would allow it: never "no policy allows" (docs/policy-semantics.md §3 "Conditional").
    const sentences: Sentence[] = parts.map((part, i) => ({ text: result.explanation[i] ?? '', part }));
    const reworded = explainConditionalRefusal(user, facts.action, sentences, search.keys, search.statements);
    result.explanation = reworded.map((s) => s.text);
    result.explanationParts = reworded.map((s) => s.part);
  }
  return result;
}

export function evaluateAccess(snapshot: Snapshot, request: AccessRequest, options: AccessOptions = {}): AccessResult {
  return evaluateWith(prepareSnapshot(snapshot), request, options, true);
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
