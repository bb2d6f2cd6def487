/**
 * evaluateAccessDecisions: the bulk path of the access matrix. Decision, reason and blockedBy
 * (as evaluateAccess gives them) for users × actions on one target, row-major, as shared
 * frozen verdicts.
 *
 * Each attached policy is asked once per action and resource how it decides on its own
 * (policy-flags.ts); the answer is kept on the prepared snapshot, so chunked calls and every
 * user the policy is attached to share it. A user's identity verdict folds the answers of
 * their attachments (covered ones decide, uncovered ones that would allow make out_of_scope),
 * reading the user's context only for policies whose candidate statements have conditions.
 * Layers 4 and 5 depend on the user alone here and are looked up once per user.
 */
import type { CompiledPolicySet } from '../compile/compiled-policy-set';
import type { ContextLookup } from '../evaluate/context-lookup';
import type { AccessReason, AccessRequest, Decision, Snapshot } from '../model';
import { actionFacts, type ActionFacts } from './action-facts';
import { finalVerdict, type AccessVerdict, type LayerOutcome } from './check-layers';
import { coverageOf, serviceOfAction } from './evaluate-principal';
import { admitsUser } from './modelarts-layers';
import { FLAG_ALLOW, FLAG_CONDITIONAL, FLAG_DENY, FLAG_UNKNOWN, policyFlags } from './policy-flags';
import { prepareSnapshot, type PreparedSnapshot } from './prepare-snapshot';
import { deriveContext, resolveTarget } from './request-target';

export type AccessTarget = Omit<AccessRequest, 'user' | 'action'>;

/** Per action list and resource: the actions' facts and each policy's flags per action. */
export interface BulkTable {
  facts: readonly ActionFacts[];
  /** Non-strict mode allows the action (its service is ModelArts). */
  looseApplies: readonly boolean[];
  /** Policy → flags per action (FLAG_UNKNOWN until asked). */
  flags: Map<CompiledPolicySet, Uint8Array>;
}

const TABLE_LIMIT = 8;

function bulkTable(prepared: PreparedSnapshot, actions: readonly string[], resource: string | undefined): BulkTable {
  const key = `${resource ?? '\u0001'}\u0000${actions.join('\u0000')}`;
  let table = prepared.bulkTables.get(key);
  if (table === undefined) {
    const facts = actions.map((a) => actionFacts(typeof a === 'string' ? a : ''));
    table = { facts, looseApplies: facts.map((f) => serviceOfAction(f.action) === 'modelarts'), flags: new Map() };
    if (prepared.bulkTables.size >= TABLE_LIMIT) prepared.bulkTables.clear();
    prepared.bulkTables.set(key, table);
  }
  return table;
}

function flagsOf(table: BulkTable, set: CompiledPolicySet): Uint8Array {
  let row = table.flags.get(set);
  if (row === undefined) {
    row = new Uint8Array(table.facts.length).fill(FLAG_UNKNOWN);
    table.flags.set(set, row);
  }
  return row;
}

/** The verdicts an identity outcome can end in, by the refusing layer (interned, shared). */
interface Outcome {
  decision: Decision;
  none: AccessVerdict;
  workspace: AccessVerdict;
  agency: AccessVerdict;
}

const layer = (block: LayerOutcome['block']): LayerOutcome => ({ checked: true, workspaceChecked: true, block, authorization: undefined });
const [NO_BLOCK, WORKSPACE_BLOCK, AGENCY_BLOCK] = [layer(null), layer('workspace'), layer('agency')];

function outcome(decision: Decision, reason: AccessReason): Outcome {
  const identity = { decision, reason };
  return { decision, none: finalVerdict(identity, NO_BLOCK), workspace: finalVerdict(identity, WORKSPACE_BLOCK), agency: finalVerdict(identity, AGENCY_BLOCK) };
}

const OUTCOMES = {
  root: outcome('allow', 'root'),
  denied: outcome('explicit_deny', 'denied_by_policy'),
  admin: outcome('allow', 'admin_group'),
  allowed: outcome('allow', 'allowed_by_policy'),
  loose: outcome('allow', 'loose_mode'),
  outOfScope: outcome('implicit_deny', 'out_of_scope'),
  noAllow: outcome('implicit_deny', 'no_matching_allow'),
};

const UNKNOWN_USER: AccessVerdict = Object.freeze({ decision: 'implicit_deny', reason: 'unknown_user', blockedBy: 'identity' });

export function evaluateAccessDecisions(
  snapshot: Snapshot,
  users: readonly string[],
  actions: readonly string[],
  target: AccessTarget = {},
): AccessVerdict[] {
  const prepared = prepareSnapshot(snapshot);
  const loose = (target.authMode ?? snapshot.authMode) === 'loose';
  const resolved = resolveTarget(prepared, target);
  const resource = target.resource;
  const table = bulkTable(prepared, actions, resource);
  const { facts, looseApplies } = table;
  const workspaceEnabled = Boolean(snapshot.workspaceEnabled);
  const n = facts.length;
  const out: AccessVerdict[] = new Array<AccessVerdict>(users.length * n);
  for (let u = 0; u < users.length; u++) {
    const id = users[u];
    const user = typeof id === 'string' ? prepared.findUser(id) : undefined;
    const base = u * n;
    if (user === undefined) {
      out.fill(UNKNOWN_USER, base, base + n);
      continue;
    }
    const root = user.root === true;
    const admin = prepared.isAdmin(user);
    const refusedByWorkspace = workspaceEnabled && !admitsUser(resolved.workspace, user);
    const noAgency = prepared.findAuthorization(user) === undefined;
    const principal = prepared.userPolicies(user);
    const attachments = principal.attachments;
    const [coverProject, coverGlobal] = coverageOf(principal, resolved);
    const rows = attachments.map((a) => flagsOf(table, a.compiled));
    let context: ContextLookup | undefined;
    for (let j = 0; j < n; j++) {
      const f = facts[j]!;
      let result: Outcome;
      if (root) {
        result = OUTCOMES.root;
      } else {
        const covered = f.global ? coverGlobal : coverProject;
        let deny = false;
        let allow = false;
        let outside = false;
        for (let i = 0; i < rows.length; i++) {
          const row = rows[i]!;
          let flags = row[j]!;
          if (flags === FLAG_UNKNOWN) flags = row[j] = policyFlags(attachments[i]!.compiled, f.lower, resource);
          if ((flags & FLAG_CONDITIONAL) !== 0) {
            context ??= deriveContext(prepared, user, resolved, target.context);
            flags = policyFlags(attachments[i]!.compiled, f.lower, resource, context);
          }
          if (covered[i] !== false) {
            if ((flags & FLAG_DENY) !== 0) {
              deny = true;
              break;
            }
            if ((flags & FLAG_ALLOW) !== 0) allow = true;
          } else if (flags === FLAG_ALLOW) {
            outside = true; // the policy alone would allow, were its scope to cover the request
          }
        }
        if (deny) result = OUTCOMES.denied;
        else if (admin) result = OUTCOMES.admin;
        else if (allow) result = OUTCOMES.allowed;
        else if (loose && looseApplies[j]) result = OUTCOMES.loose;
        else result = outside ? OUTCOMES.outOfScope : OUTCOMES.noAllow;
      }
      out[base + j] =
        result.decision !== 'allow' || !f.modelArts
          ? result.none
          : f.workspaceLayer && refusedByWorkspace
            ? result.workspace
            : f.agencyLayer && noAgency
              ? result.agency
              : result.none;
    }
  }
  return out;
}
