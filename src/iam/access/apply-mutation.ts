/**
 * The organisation after a mutation that can change access (the console's confirmations): a new
 * snapshot, the input untouched (records that do not change are shared). Pure; what the mock
 * backend does on the matching API call, in the engine's terms (docs/snapshot-format.md).
 */
import type {
  AuthMode,
  PolicyDocument,
  Scope,
  Snapshot,
  SnapshotAttachment,
  SnapshotAuthorization,
  SnapshotWorkspace,
} from '../model';

export type Principal = SnapshotAttachment['principal'];

export type AccessMutation =
  | { kind: 'attach'; principal: Principal; policyId: string; scope: Scope }
  | { kind: 'detach'; principal: Principal; policyId: string; scope?: Scope }
  | { kind: 'addMember'; groupId: string; userId: string }
  | { kind: 'removeMember'; groupId: string; userId: string }
  | { kind: 'deleteUser'; userId: string }
  | { kind: 'deleteGroup'; groupId: string }
  | { kind: 'deletePolicy'; policyId: string }
  | { kind: 'editPolicy'; policyId: string; document: PolicyDocument }
  /** Create or replace the authorization of `authorization.userId` (`all` for all users) in its region project. */
  | { kind: 'setAuthorization'; authorization: SnapshotAuthorization }
  /**
   * Add Authorization (POST): adds the row of `authorization.userId` in its region project. A
   * federated user's row takes the id of the federated user of that name, if the organisation has
   * one. The service refuses a second row for a user (all-users replaces its row): nothing changes.
   */
  | { kind: 'createAuthorization'; authorization: SnapshotAuthorization & { projectId: string } }
  /** Delete a user's authorization in one region project, or in every region when `projectId` is absent. */
  | { kind: 'deleteAuthorization'; userId: string; projectId?: string }
  /** Clear Global Configuration: every authorization of one region project. */
  | { kind: 'clearAuthorizations'; projectId: string }
  | { kind: 'updateWorkspace'; workspaceId: string; authType?: SnapshotWorkspace['authType']; grants?: Array<{ userId: string }>; owner?: string }
  | { kind: 'setMode'; authMode: AuthMode }
  /** Several mutations in order (e.g. a fix: create a group, add the user, attach policies). */
  | { kind: 'sequence'; steps: AccessMutation[] }
  /** Add records that grant nothing by themselves (a new group, custom policy or agency). */
  | { kind: 'add'; groups?: Snapshot['groups']; policies?: Snapshot['policies']; agencies?: Snapshot['agencies'] };

const samePrincipal = (a: Principal, b: Principal) => a.type === b.type && a.id === b.id;

/**
 * Detaches a policy from a principal: every scope, or one. A project or enterprise project scope
 * names the ids to remove (IAM grants them one by one); an attachment left with none goes.
 */
function detach(attachments: readonly SnapshotAttachment[], principal: Principal, policyId: string, scope: Scope | undefined): SnapshotAttachment[] {
  const out: SnapshotAttachment[] = [];
  for (const a of attachments) {
    if (!samePrincipal(a.principal, principal) || a.policyId !== policyId || (scope !== undefined && a.scope.type !== scope.type)) {
      out.push(a);
      continue;
    }
    if (scope === undefined || !('ids' in scope) || !('ids' in a.scope)) continue;
    const ids = a.scope.ids.filter((id) => !scope.ids.includes(id));
    if (ids.length > 0) out.push({ ...a, scope: { type: a.scope.type, ids } });
  }
  return out;
}

export function applyMutation(snapshot: Snapshot, mutation: AccessMutation): Snapshot {
  switch (mutation.kind) {
    case 'attach':
      return { ...snapshot, attachments: [...snapshot.attachments, { principal: mutation.principal, policyId: mutation.policyId, scope: mutation.scope }] };
    case 'detach':
      return { ...snapshot, attachments: detach(snapshot.attachments, mutation.principal, mutation.policyId, mutation.scope) };
    case 'addMember':
    case 'removeMember':
      return {
        ...snapshot,
        users: snapshot.users.map((u) => {
          if (u.id !== mutation.userId) return u;
          const others = u.groups.filter((g) => g !== mutation.groupId);
          return { ...u, groups: mutation.kind === 'addMember' ? [...others, mutation.groupId] : others };
        }),
      };
    case 'deleteUser':
      return {
        ...snapshot,
        users: snapshot.users.filter((u) => u.id !== mutation.userId),
        authorizations: snapshot.authorizations.filter((a) => a.userId !== mutation.userId),
        workspaces: snapshot.workspaces.map((w) =>
          w.grants.some((g) => g.userId === mutation.userId) ? { ...w, grants: w.grants.filter((g) => g.userId !== mutation.userId) } : w,
        ),
      };
    case 'deleteGroup':
      return {
        ...snapshot,
        groups: snapshot.groups.filter((g) => g.id !== mutation.groupId),
        users: snapshot.users.map((u) => (u.groups.includes(mutation.groupId) ? { ...u, groups: u.groups.filter((g) => g !== mutation.groupId) } : u)),
        attachments: snapshot.attachments.filter((a) => !(a.principal.type === 'group' && a.principal.id === mutation.groupId)),
      };
    case 'deletePolicy':
      return {
        ...snapshot,
        policies: snapshot.policies.filter((p) => p.id !== mutation.policyId),
        attachments: snapshot.attachments.filter((a) => a.policyId !== mutation.policyId),
      };
    case 'editPolicy':
      return { ...snapshot, policies: snapshot.policies.map((p) => (p.id === mutation.policyId ? { ...p, document: mutation.document } : p)) };
    case 'setAuthorization': {
      const { userId, projectId } = mutation.authorization;
      return {
        ...snapshot,
        authorizations: [...snapshot.authorizations.filter((a) => !(a.userId === userId && a.projectId === projectId)), mutation.authorization],
      };
    }
    case 'createAuthorization': {
      const a = mutation.authorization;
      const federated = a.userType === 'federate' ? snapshot.users.find((u) => u.type === 'federate' && u.name === a.userName) : undefined;
      const row = federated === undefined ? a : { ...a, userId: federated.id };
      const taken = row.userType !== 'all-users' && snapshot.authorizations.some((x) => x.userId === row.userId && x.projectId === row.projectId);
      return taken ? snapshot : applyMutation(snapshot, { kind: 'setAuthorization', authorization: row });
    }
    case 'deleteAuthorization':
      return {
        ...snapshot,
        authorizations: snapshot.authorizations.filter((a) => !(a.userId === mutation.userId && (mutation.projectId === undefined || a.projectId === mutation.projectId))),
      };
    case 'clearAuthorizations':
      return { ...snapshot, authorizations: snapshot.authorizations.filter((a) => a.projectId !== mutation.projectId) };
    case 'updateWorkspace': {
      const { workspaceId, kind: _kind, ...changes } = mutation;
      const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
      return { ...snapshot, workspaces: snapshot.workspaces.map((w) => (w.id === workspaceId ? { ...w, ...defined } : w)) };
    }
    case 'setMode':
      return { ...snapshot, authMode: mutation.authMode };
    case 'sequence':
      return mutation.steps.reduce(applyMutation, snapshot);
    case 'add':
      return {
        ...snapshot,
        groups: [...snapshot.groups, ...(mutation.groups ?? [])],
        policies: [...snapshot.policies, ...(mutation.policies ?? [])],
        agencies: [...snapshot.agencies, ...(mutation.agencies ?? [])],
      };
  }
}
