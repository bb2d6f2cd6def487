/**
 * prepareSnapshot: lookup tables and compiled policy sets for one snapshot, memoised per
 * snapshot object (treat snapshots as immutable; a changed organisation is a new object).
 * Users with the same groups share one compiled set; each attachment is one policy in it.
 */
import { compilePolicies } from '../compile/compile-policies';
import type { CompiledPolicySet } from '../compile/compiled-policy-set';
import type { ContextLookup } from '../evaluate/context-lookup';
import type {
  Scope,
  Snapshot,
  SnapshotAgency,
  SnapshotAuthorization,
  SnapshotPolicy,
  SnapshotUser,
  SnapshotWorkspace,
} from '../model';

export interface PreparedAttachment {
  policy: SnapshotPolicy;
  scope: Scope;
}

/** The policies attached to a principal (a user's groups or an agency), compiled in order. */
export interface PreparedPrincipal {
  attachments: readonly PreparedAttachment[];
  compiled: CompiledPolicySet;
  /** Memo: scope target key → which attachments cover it (see coveredAttachments). */
  coverage: Map<string, readonly boolean[]>;
}

export interface PreparedSnapshot {
  readonly snapshot: Snapshot;
  /** Memo for derived request contexts (see deriveContext). */
  readonly derivedContexts: Map<string, ContextLookup>;
  findUser(idOrName: string): SnapshotUser | undefined;
  isAdmin(user: SnapshotUser): boolean;
  findWorkspace(id: string): SnapshotWorkspace | undefined;
  projectName(id: string): string | undefined;
  findAgencyByName(name: string): SnapshotAgency | undefined;
  /** The user's own agency authorization, else the all-users one. */
  findAuthorization(user: SnapshotUser): SnapshotAuthorization | undefined;
  userPolicies(user: SnapshotUser): PreparedPrincipal;
  agencyPolicies(agencyId: string): PreparedPrincipal;
  /** One policy compiled on its own (out-of-scope checks). */
  policyAlone(policy: SnapshotPolicy): CompiledPolicySet;
}

const ADMIN_GROUP = 'admin';
const cache = new WeakMap<Snapshot, PreparedSnapshot>();

function byKey<T>(items: readonly T[] | undefined, key: (t: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items ?? []) if (!map.has(key(item))) map.set(key(item), item);
  return map;
}

function isAllUsers(a: SnapshotAuthorization): boolean {
  return a.userType === 'all-users';
}

function isOwnAuthorization(a: SnapshotAuthorization, user: SnapshotUser): boolean {
  if (isAllUsers(a)) return false;
  if (a.userId === user.id) return true;
  return a.userType === user.type && typeof a.userName === 'string' && a.userName === user.name;
}

function buildPrepared(snapshot: Snapshot): PreparedSnapshot {
  const usersById = byKey(snapshot.users, (u) => u.id);
  const usersByName = byKey(snapshot.users, (u) => u.name);
  const policies = byKey(snapshot.policies, (p) => p.id);
  const workspaces = byKey(snapshot.workspaces, (w) => w.id);
  const projects = byKey(snapshot.projects, (p) => p.id);
  const agenciesByName = byKey(snapshot.agencies, (a) => a.name);
  const adminGroups = new Set((snapshot.groups ?? []).filter((g) => g.name === ADMIN_GROUP).map((g) => g.id));
  const attachmentsOf = new Map<string, PreparedAttachment[]>();
  for (const a of snapshot.attachments ?? []) {
    const policy = policies.get(a.policyId);
    if (policy === undefined) continue;
    const key = `${a.principal.type}\u0000${a.principal.id}`;
    const list = attachmentsOf.get(key) ?? [];
    list.push({ policy, scope: a.scope });
    attachmentsOf.set(key, list);
  }
  const agencyAuthorizations = (snapshot.authorizations ?? []).filter((a) => a.type === 'agency');
  const allUsers = agencyAuthorizations.find(isAllUsers);
  const principals = new Map<string, PreparedPrincipal>();
  const alone = new Map<SnapshotPolicy, CompiledPolicySet>();
  const byUser = new WeakMap<SnapshotUser, PreparedPrincipal>();

  function principal(key: string, attachments: PreparedAttachment[]): PreparedPrincipal {
    let p = principals.get(key);
    if (p === undefined) {
      const compiled = compilePolicies(attachments.map((a) => ({ id: a.policy.id, name: a.policy.name, document: a.policy.document })));
      p = { attachments, compiled, coverage: new Map() };
      principals.set(key, p);
    }
    return p;
  }

  return {
    snapshot,
    derivedContexts: new Map(),
    findUser: (idOrName) => usersById.get(idOrName) ?? usersByName.get(idOrName),
    isAdmin: (user) => (user.groups ?? []).some((g) => adminGroups.has(g)),
    findWorkspace: (id) => workspaces.get(id),
    projectName: (id) => projects.get(id)?.name,
    findAgencyByName: (name) => agenciesByName.get(name),
    findAuthorization: (user) => agencyAuthorizations.find((a) => isOwnAuthorization(a, user)) ?? allUsers,
    userPolicies(user) {
      let p = byUser.get(user);
      if (p === undefined) {
        const groups = user.groups ?? [];
        const key = `groups\u0000${groups.join('\u0000')}`;
        p = principal(key, groups.flatMap((g) => attachmentsOf.get(`group\u0000${g}`) ?? []));
        byUser.set(user, p);
      }
      return p;
    },
    agencyPolicies(agencyId) {
      const key = `agency\u0000${agencyId}`;
      return principals.get(key) ?? principal(key, attachmentsOf.get(key) ?? []);
    },
    policyAlone(policy) {
      let set = alone.get(policy);
      if (set === undefined) {
        set = compilePolicies([{ id: policy.id, name: policy.name, document: policy.document }]);
        alone.set(policy, set);
      }
      return set;
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
