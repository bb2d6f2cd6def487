/**
 * evaluateAccessDecisions: the bulk path of the access matrix. Decision, reason and blockedBy
 * (as evaluateAccess gives them) for users × actions on one target, row-major, as shared
 * frozen verdicts. Users with the same groups share identity verdicts per action and target
 * unless a candidate statement's condition reads g:UserName or g:UserId (the only keys that
 * differ between such users). Only decision and reason of the identity verdict are kept.
 */
import type { AccessRequest, AuthMode, Snapshot, SnapshotUser } from '../model';
import { actionFacts, type ActionFacts } from './action-facts';
import { checkLayers, finalVerdict, type AccessVerdict } from './check-layers';
import { decideIdentity, type IdentityCore } from './evaluate-identity';
import { runCandidates } from './evaluate-principal';
import { prepareSnapshot, type PreparedPrincipal, type PreparedSnapshot } from './prepare-snapshot';
import { deriveContext, resolveTarget } from './request-target';

export type AccessTarget = Omit<AccessRequest, 'user' | 'action'>;

const USER_KEYS: ReadonlySet<string> = new Set(['g:username', 'g:userid']);

const UNKNOWN_USER: AccessVerdict = Object.freeze({ decision: 'implicit_deny', reason: 'unknown_user', blockedBy: 'identity' });

/** Whether any attached statement that names the action has a condition on a user-derived key. */
function readsUserKeys(principal: PreparedPrincipal, facts: ActionFacts): boolean {
  for (const { run } of principal.runs) {
    for (const { statement } of runCandidates(run, facts.lower)) {
      for (const c of statement.conditions) if (USER_KEYS.has(c.keyLower)) return true;
    }
  }
  return false;
}

/** Users whose identity verdicts can be shared: same groups in the same order, not root. */
function sharingKey(user: SnapshotUser): string | undefined {
  return user.root === true ? undefined : JSON.stringify(user.groups ?? []);
}

const SHARED_LIMIT = 4096;

/**
 * Shared identity verdicts: group key → lower-case action → verdict. Kept on the prepared
 * snapshot (per mode and target) when the target brings no context or resource, so that
 * chunked calls share them too.
 */
function sharedTable(prepared: PreparedSnapshot, mode: AuthMode, targetKey: string, target: AccessTarget): Map<string, Map<string, IdentityCore>> {
  if (target.context !== undefined || target.resource !== undefined) return new Map();
  const key = `${mode}\u0000${targetKey}`;
  let table = prepared.sharedIdentities.get(key);
  if (table === undefined) {
    if (prepared.sharedIdentities.size >= SHARED_LIMIT) prepared.sharedIdentities.clear();
    table = new Map();
    prepared.sharedIdentities.set(key, table);
  }
  return table;
}

export function evaluateAccessDecisions(
  snapshot: Snapshot,
  users: readonly string[],
  actions: readonly string[],
  target: AccessTarget = {},
): AccessVerdict[] {
  const prepared = prepareSnapshot(snapshot);
  const mode = target.authMode ?? snapshot.authMode;
  const resolved = resolveTarget(prepared, target);
  const facts = actions.map((a) => actionFacts(typeof a === 'string' ? a : ''));
  const table = sharedTable(prepared, mode, resolved.key, target);
  const out: AccessVerdict[] = new Array<AccessVerdict>(users.length * actions.length);
  for (let i = 0; i < users.length; i++) {
    const id = users[i];
    const user = typeof id === 'string' ? prepared.findUser(id) : undefined;
    const base = i * actions.length;
    if (user === undefined) {
      out.fill(UNKNOWN_USER, base, base + actions.length);
      continue;
    }
    const context = deriveContext(prepared, user, resolved, target.context);
    const key = sharingKey(user);
    let row = key === undefined ? undefined : table.get(key);
    if (key !== undefined && row === undefined) {
      if (table.size >= SHARED_LIMIT) table.clear();
      row = new Map();
      table.set(key, row);
    }
    for (let j = 0; j < facts.length; j++) {
      const f = facts[j]!;
      let identity = row?.get(f.lower);
      if (identity === undefined) {
        identity = decideIdentity(prepared, user, { action: f.action, resource: target.resource }, resolved, context, mode);
        if (row !== undefined && !readsUserKeys(prepared.userPolicies(user), f)) row.set(f.lower, identity);
      }
      out[base + j] = finalVerdict(identity, checkLayers(prepared, user, f, identity, mode, resolved));
    }
  }
  return out;
}
