/**
 * Layers 4 (workspace) and 5 (agency) of docs/policy-semantics.md §3 for one identity verdict: whether they
 * are looked at (identity allowed, or a strict-mode no_matching_allow asking whether non-strict
 * mode would pass them) and which one refuses. Shared by evaluateAccess and the bulk path.
 */
import type { AccessReason, AuthMode, BlockedBy, Decision, SnapshotAuthorization, SnapshotUser } from '../model';
import type { ActionFacts } from './action-facts';
import { admitsUser } from './modelarts-layers';
import type { PreparedSnapshot, RequestTarget } from './prepared-types';

export interface LayerOutcome {
  /** Layers 4 and 5 were looked at. */
  checked: boolean;
  workspaceChecked: boolean;
  /** The layer that refuses, if any. */
  block: 'workspace' | 'agency' | null;
  /** The agency authorization found when the agency layer was looked at. */
  authorization: SnapshotAuthorization | undefined;
}

const NOT_CHECKED: LayerOutcome = Object.freeze({ checked: false, workspaceChecked: false, block: null, authorization: undefined });

export function checkLayers(
  prepared: PreparedSnapshot,
  user: SnapshotUser,
  facts: ActionFacts,
  identity: { decision: Decision; reason: AccessReason },
  mode: AuthMode,
  target: RequestTarget,
): LayerOutcome {
  // Layer 3's rule (non-strict mode allows) reaches every action of the service `modelarts`, a
  // bare `modelarts` included: "would non-strict mode allow it?" is asked of those, and layers 4
  // and 5 then refuse only the actions they apply to (docs/policy-semantics.md §3).
  if (!facts.looseMode) return NOT_CHECKED;
  if (identity.decision !== 'allow' && !(identity.reason === 'no_matching_allow' && mode === 'strict')) return NOT_CHECKED;
  const workspaceChecked = facts.workspaceLayer && Boolean(prepared.snapshot.workspaceEnabled);
  const workspaceRefuses = workspaceChecked && !admitsUser(target.workspace, user);
  const agencyChecked = !workspaceRefuses && facts.agencyLayer;
  const authorization = agencyChecked ? prepared.findAuthorization(user, target.projectId) : undefined;
  const block = workspaceRefuses ? 'workspace' : agencyChecked && authorization === undefined ? 'agency' : null;
  return { checked: true, workspaceChecked, block, authorization };
}

/** What the access matrix needs of a result: decision, reason and the refusing layer. */
export interface AccessVerdict {
  readonly decision: Decision;
  readonly reason: AccessReason;
  readonly blockedBy?: BlockedBy;
  /** Values for context keys the request lacks could change whether it is allowed (AccessResult.conditional is set). */
  readonly conditional?: true;
  /** With `conditional`: those keys (AccessResult.conditional.keys). */
  readonly conditionalKeys?: readonly string[];
  /**
   * A strict-mode no_matching_allow of a ModelArts action that non-strict mode would allow (no
   * layer refuses, nothing conditional): AccessResult.looseModeWouldAllow, set only when true.
   */
  readonly looseModeWouldAllow?: true;
}

const conditionals = new Map<AccessVerdict, Map<string, AccessVerdict>>();

/** The same verdict marked Conditional on `keys` (interned per verdict and keys). */
export function conditionalVerdict(verdict: AccessVerdict, keys: readonly string[]): AccessVerdict {
  let byKeys = conditionals.get(verdict);
  if (byKeys === undefined) conditionals.set(verdict, (byKeys = new Map()));
  const id = keys.join('\u0000');
  let v = byKeys.get(id);
  if (v === undefined) {
    v = Object.freeze({ ...verdict, conditional: true as const, conditionalKeys: Object.freeze([...keys]) });
    byKeys.set(id, v);
  }
  return v;
}

/** Interned verdicts: blockedBy → decision → reason → verdict (no key strings built per call). */
const verdicts = new Map<BlockedBy | undefined, Map<Decision, Map<AccessReason, AccessVerdict>>>();

/** One shared frozen object per (decision, reason, blockedBy): the bulk path allocates none. */
function internVerdict(decision: Decision, reason: AccessReason, blockedBy: BlockedBy | undefined): AccessVerdict {
  let byDecision = verdicts.get(blockedBy);
  if (byDecision === undefined) verdicts.set(blockedBy, (byDecision = new Map()));
  let byReason = byDecision.get(decision);
  if (byReason === undefined) byDecision.set(decision, (byReason = new Map()));
  let v = byReason.get(reason);
  if (v === undefined) {
    v = Object.freeze(blockedBy === undefined ? { decision, reason } : { decision, reason, blockedBy });
    byReason.set(reason, v);
  }
  return v;
}

/** The final decision, reason and blockedBy of an identity verdict after layers 4 and 5. */
export function finalVerdict(identity: { decision: Decision; reason: AccessReason }, layers: LayerOutcome): AccessVerdict {
  if (identity.decision !== 'allow') return internVerdict(identity.decision, identity.reason, 'identity');
  if (layers.block === 'workspace') return internVerdict('implicit_deny', 'workspace_not_authorized', 'workspace');
  if (layers.block === 'agency') return internVerdict('implicit_deny', 'no_agency', 'agency');
  return internVerdict(identity.decision, identity.reason, undefined);
}
