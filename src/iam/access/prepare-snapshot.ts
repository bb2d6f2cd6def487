/**
 * prepareSnapshot: lookup tables and compiled policies for one snapshot, memoised per snapshot
 * object (treat snapshots as immutable; a changed organisation is a new object). Each policy
 * is compiled once and shared by every group and agency it is attached to.
 */
import { compilePolicies } from '../compile/compile-policies';
import type { CompiledPolicySet } from '../compile/compiled-policy-set';
import type { Snapshot, SnapshotAuthorization, SnapshotPolicy, SnapshotUser } from '../model';
import type { AttachmentRun, PreparedAttachment, PreparedPrincipal, PreparedSnapshot } from './prepared-types';

const ADMIN_GROUP = 'admin';

/** Whether an authorization gives its user an agency for a request in `projectId` (absent `projectId` = every region). */
export function appliesIn(a: SnapshotAuthorization, projectId: string | undefined): boolean {
  return a.projectId === undefined || a.projectId === projectId;
}

type AuthorizationLookup = (user: SnapshotUser) => SnapshotAuthorization | undefined;

/** Own authorization (the first in list order, by user id or by user type and name), else all-users; memoised per user. */
function authorizationLookup(rows: readonly SnapshotAuthorization[]): AuthorizationLookup {
  const allUsers = rows.find(isAllUsers);
  const firstById = new Map<string, number>();
  const firstByName = new Map<string, number>();
  rows.forEach((a, i) => {
    if (isAllUsers(a)) return;
    if (!firstById.has(a.userId)) firstById.set(a.userId, i);
    if (typeof a.userName === 'string') {
      const key = principalKey(a.userType, a.userName);
      if (!firstByName.has(key)) firstByName.set(key, i);
    }
  });
  const memo = new WeakMap<SnapshotUser, SnapshotAuthorization | undefined>();
  return (user) => {
    if (memo.has(user)) return memo.get(user);
    const i = Math.min(firstById.get(user.id) ?? Infinity, firstByName.get(principalKey(user.type, user.name)) ?? Infinity);
    const found = i === Infinity ? allUsers : rows[i];
    memo.set(user, found);
    return found;
  };
}
const cache = new WeakMap<Snapshot, PreparedSnapshot>();

function byKey<T>(items: readonly T[] | undefined, key: (t: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items ?? []) if (!map.has(key(item))) map.set(key(item), item);
  return map;
}

function isAllUsers(a: SnapshotAuthorization): boolean {
  return a.userType === 'all-users';
}

function principalKey(type: string, id: string): string {
  return `${type}\u0000${id}`;
}

function buildPrepared(snapshot: Snapshot): PreparedSnapshot {
  const usersById = byKey(snapshot.users, (u) => u.id);
  const usersByName = byKey(snapshot.users, (u) => u.name);
  const policies = byKey(snapshot.policies, (p) => p.id);
  const workspaces = byKey(snapshot.workspaces, (w) => w.id);
  const projects = byKey(snapshot.projects, (p) => p.id);
  const agenciesByName = byKey(snapshot.agencies, (a) => a.name);
  const adminGroups = new Set((snapshot.groups ?? []).filter((g) => g.name === ADMIN_GROUP).map((g) => g.id));
  const compiledPolicies = new Map<SnapshotPolicy, CompiledPolicySet>();
  const compile = (policy: SnapshotPolicy) => {
    let set = compiledPolicies.get(policy);
    if (set === undefined) {
      set = compilePolicies([{ id: policy.id, name: policy.name, document: policy.document }]);
      compiledPolicies.set(policy, set);
    }
    return set;
  };
  const attachmentsOf = new Map<string, PreparedAttachment[]>();
  for (const a of snapshot.attachments ?? []) {
    const policy = policies.get(a.policyId);
    if (policy === undefined || a.principal === undefined) continue;
    const key = principalKey(a.principal.type, a.principal.id);
    const list = attachmentsOf.get(key) ?? [];
    list.push({ policy, scope: a.scope, compiled: compile(policy) });
    attachmentsOf.set(key, list);
  }
  const agencyAuthorizations = (snapshot.authorizations ?? []).filter((a) => a.type === 'agency');
  const lookups = new Map<string, AuthorizationLookup>();
  const lookupFor = (projectId: string | undefined) => {
    const key = projectId ?? '';
    let lookup = lookups.get(key);
    if (lookup === undefined) {
      lookup = authorizationLookup(agencyAuthorizations.filter((a) => appliesIn(a, projectId)));
      lookups.set(key, lookup);
    }
    return lookup;
  };
  const byUser = new WeakMap<SnapshotUser, PreparedPrincipal>();
  // Users with the same groups share one principal (and so its memos, e.g. the bulk path's Conditional memo).
  const byGroups = new Map<string, PreparedPrincipal>();
  const agencies = new Map<string, PreparedPrincipal>();
  const runs = new Map<string, AttachmentRun>();
  const runOf = (type: string, id: string) => {
    const key = principalKey(type, id);
    let run = runs.get(key);
    if (run === undefined) {
      run = { attachments: attachmentsOf.get(key) ?? [], candidates: new Map(), coverage: new Map() };
      runs.set(key, run);
    }
    return run;
  };
  const principalOf = (parts: readonly AttachmentRun[]): PreparedPrincipal => {
    const attachments: PreparedAttachment[] = [];
    const placed: { offset: number; run: AttachmentRun }[] = [];
    for (const run of parts) {
      if (run.attachments.length === 0) continue;
      placed.push({ offset: attachments.length, run });
      attachments.push(...run.attachments);
    }
    return { attachments, runs: placed, coverage: new Map() };
  };

  return {
    snapshot,
    derivedContexts: new WeakMap(),
    targets: { byKey: new Map(), last: undefined },
    bulkTables: new Map(),
    findUser: (idOrName) => usersById.get(idOrName) ?? usersByName.get(idOrName),
    isAdmin: (user) => (user.groups ?? []).some((g) => adminGroups.has(g)),
    findWorkspace: (id) => workspaces.get(id),
    projectName: (id) => projects.get(id)?.name,
    findAgencyByName: (name) => agenciesByName.get(name),
    findAuthorization: (user, projectId) => lookupFor(projectId)(user),
    userPolicies(user) {
      let p = byUser.get(user);
      if (p === undefined) {
        const groups = user.groups ?? [];
        const key = JSON.stringify(groups);
        p = byGroups.get(key);
        if (p === undefined) {
          p = principalOf(groups.map((g) => runOf('group', g)));
          byGroups.set(key, p);
        }
        byUser.set(user, p);
      }
      return p;
    },
    agencyPolicies(agencyId) {
      let p = agencies.get(agencyId);
      if (p === undefined) {
        p = principalOf([runOf('agency', agencyId)]);
        agencies.set(agencyId, p);
      }
      return p;
    },
  };
}

export function prepareSnapshot(snapshot: Snapshot): PreparedSnapshot {
  let prepared = cache.get(snapshot);
  if (prepared === undefined) {
    prepared = buildPrepared(snapshot);
    cache.set(snapshot, prepared);
  }
  return prepared;
}
