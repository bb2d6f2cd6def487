/**
 * Conversion between the store and the organisation snapshot (docs/snapshot-format.md).
 * Export writes exactly the format's fields plus any unknown keys an import brought in (so a
 * round trip loses nothing); console-only fields (times, quotas, versions, secret keys) are
 * never exported and are kept from the current store for records whose id survives an import.
 */
import { checkSnapshot, SNAPSHOT_VERSION, type SnapshotDocument, type SnapshotProblem } from '@/api/contracts/snapshot';
import type { PolicyDocument, Snapshot } from '@/iam/model';
import { systemPolicies } from '../engine';
import { defaultQuotas } from './quotas';
import { authorizationKey } from './types';
import type {
  AgencyRec,
  AttachmentRec,
  AuthorizationRec,
  EnterpriseProjectRec,
  Extra,
  GroupRec,
  PolicyRec,
  ProjectRec,
  StoreState,
  UserRec,
  WorkspaceRec,
} from './types';

/** Global services (docs/policy-semantics.md §3); every other service is project-level. */
const GLOBAL_SERVICES = new Set(['obs', 'iam', 'eps', 'tms', 'cdn']);

/** Display names of Huawei regions, for projects imported without a description. */
export const REGION_NAMES: Readonly<Record<string, string>> = {
  'cn-north-4': 'CN North-Beijing4',
  'cn-north-1': 'CN North-Beijing1',
  'cn-east-3': 'CN East-Shanghai1',
  'cn-east-2': 'CN East-Shanghai2',
  'cn-south-1': 'CN South-Guangzhou',
  'cn-southwest-2': 'CN Southwest-Guiyang1',
  'ap-southeast-1': 'CN-Hong Kong',
  'ap-southeast-3': 'AP-Singapore',
  'eu-west-101': 'EU-Dublin',
};

/** AX when every action of the document is a global service's, else XA. */
export function roleTypeOf(document: PolicyDocument): 'AX' | 'XA' {
  const actions: string[] = [];
  for (const st of document.Statement ?? []) {
    const a = st.Action;
    if (typeof a === 'string') actions.push(a);
    else if (Array.isArray(a)) for (const x of a) if (typeof x === 'string') actions.push(x);
  }
  if (actions.length === 0) return 'XA';
  return actions.every((a) => GLOBAL_SERVICES.has(a.split(':')[0]!.toLowerCase())) ? 'AX' : 'XA';
}

function extrasOf(obj: Record<string, unknown>, known: readonly string[]): Extra | undefined {
  let extra: Extra | undefined;
  for (const [k, v] of Object.entries(obj)) {
    if (known.includes(k)) continue;
    (extra ??= {})[k] = v;
  }
  return extra;
}

// ---------- store → snapshot ----------
export function stateToSnapshot(s: StoreState): Snapshot {
  return {
    format: 'modelarts-console-snapshot',
    version: SNAPSHOT_VERSION,
    domain: { id: s.domain.id, name: s.domain.name },
    authMode: s.authMode,
    workspaceEnabled: s.workspaceEnabled,
    projects: s.projects.map((p) => ({ ...p.extra, id: p.id, name: p.name })),
    enterpriseProjects: s.enterpriseProjects.map((e) => ({ ...e.extra, id: e.id, name: e.name })),
    users: Array.from(s.users.values(), (u) => ({
      ...u.extra,
      id: u.id,
      name: u.name,
      type: u.type,
      ...(u.root ? { root: true } : {}),
      groups: [...u.groups],
    })),
    groups: Array.from(s.groups.values(), (g) => ({ ...g.extra, id: g.id, name: g.name })),
    policies: Array.from(s.policies.values(), (p) => ({
      ...p.extra,
      id: p.id,
      name: p.name,
      type: p.type,
      description: p.description,
      document: p.document,
    })),
    attachments: Array.from(s.attachments.values(), (a) => ({
      principal: { type: a.principal.type, id: a.principal.id },
      policyId: a.policyId,
      scope: a.scope.type === 'all' || a.scope.type === 'global' ? { type: a.scope.type } : { type: a.scope.type, ids: [...a.scope.ids] },
    })),
    agencies: Array.from(s.agencies.values(), (a) => ({
      ...a.extra,
      id: a.id,
      name: a.name,
      delegate: a.delegate,
      duration: a.duration,
      description: a.description,
    })),
    authorizations: Array.from(s.authorizations.values(), (a) => ({
      ...a.extra,
      projectId: a.projectId,
      userId: a.userId,
      userName: a.userName,
      userType: a.userType,
      type: a.type,
      content: a.content,
      createTime: a.createTime,
    })),
    workspaces: Array.from(s.workspaces.values(), (w) => ({
      ...w.extra,
      id: w.id,
      name: w.name,
      enterpriseProjectId: w.enterpriseProjectId,
      authType: w.authType,
      owner: w.owner,
      grants: w.grants.map((g) => ({ userId: g.userId })),
      description: w.description,
    })),
  };
}

// ---------- snapshot → store ----------
/** Checks beyond `checkSnapshot` that the store needs (unique names it looks up by). */
function checkStoreRules(s: SnapshotDocument): SnapshotProblem | null {
  const dup = <T>(items: readonly T[], key: (t: T) => string, path: (i: number) => string, what: string): SnapshotProblem | null => {
    const seen = new Set<string>();
    for (const [i, item] of items.entries()) {
      const k = key(item);
      if (seen.has(k)) return { path: path(i), message: `Duplicate ${what} "${k}"` };
      seen.add(k);
    }
    return null;
  };
  return (
    dup(s.users, (u) => u.name, (i) => `$.users[${i}].name`, 'user name') ??
    dup(s.agencies, (a) => a.name, (i) => `$.agencies[${i}].name`, 'agency name') ??
    dup(s.authorizations, (a) => authorizationKey(a.projectId, a.userType === 'all-users' ? 'all' : a.userId), (i) => `$.authorizations[${i}].userId`, 'authorization in one region for user') ??
    dup(s.groups, (g) => g.name, (i) => `$.groups[${i}].name`, 'group name')
  );
}

export type ImportOutcome = { ok: true; state: StoreState } | { ok: false; problem: SnapshotProblem };

/**
 * Builds a new store state from a snapshot document (validated here, nothing is changed on failure).
 * `prev` supplies console-only fields for records whose id it also holds.
 */
export function snapshotToState(input: unknown, prev: StoreState | null, now: number): ImportOutcome {
  const checked = checkSnapshot(input);
  if (!checked.ok) return { ok: false, problem: checked.problem };
  const s = checked.snapshot;
  const extraProblem = checkStoreRules(s);
  if (extraProblem) return { ok: false, problem: extraProblem };

  const prevProjects = new Map(prev?.projects.map((p) => [p.id, p]));
  const prevEps = new Map(prev?.enterpriseProjects.map((p) => [p.id, p]));

  const projects: ProjectRec[] = s.projects.map((p) => ({
    id: p.id,
    name: p.name,
    description: prevProjects.get(p.id)?.description ?? REGION_NAMES[p.name] ?? p.name,
    extra: extrasOf(p, ['id', 'name']),
  }));
  const enterpriseProjects: EnterpriseProjectRec[] = s.enterpriseProjects.map((e) => {
    const old = prevEps.get(e.id);
    return {
      id: e.id,
      name: e.name,
      description: old?.description ?? '',
      status: old?.status ?? 1,
      type: old?.type ?? 'prod',
      extra: extrasOf(e, ['id', 'name']),
    };
  });

  const users = new Map<string, UserRec>();
  for (const u of s.users) {
    const old = prev?.users.get(u.id);
    users.set(u.id, {
      id: u.id,
      name: u.name,
      type: u.type,
      root: u.root === true,
      groups: [...u.groups],
      description: old?.description ?? '',
      enabled: old?.enabled ?? true,
      createTime: old?.createTime ?? now,
      extra: extrasOf(u, ['id', 'name', 'type', 'root', 'groups']),
    });
  }
  const groups = new Map<string, GroupRec>();
  for (const g of s.groups) {
    const old = prev?.groups.get(g.id);
    groups.set(g.id, {
      id: g.id,
      name: g.name,
      description: old?.description ?? '',
      createTime: old?.createTime ?? now,
      extra: extrasOf(g, ['id', 'name']),
    });
  }

  const catalog = new Map(systemPolicies().map((p) => [p.id, p]));
  const policies = new Map<string, PolicyRec>();
  for (const p of s.policies) {
    const old = prev?.policies.get(p.id);
    const document = p.document as unknown as PolicyDocument;
    const sys = p.type === 'system' ? catalog.get(p.id) : undefined;
    policies.set(p.id, {
      id: p.id,
      name: p.name,
      type: p.type,
      description: p.description ?? '',
      document,
      roleType: sys ? (sys.kind === 'global' ? 'AX' : 'XA') : old?.roleType ?? roleTypeOf(document),
      version: old?.version ?? 1,
      createTime: old?.createTime ?? now,
      updateTime: old?.updateTime ?? now,
      extra: extrasOf(p, ['id', 'name', 'type', 'description', 'document']),
    });
  }
  // The catalog's system policies are always available to attach.
  for (const sys of catalog.values()) if (!policies.has(sys.id)) policies.set(sys.id, systemPolicyRec(sys, now));

  let nextAttachment = 1;
  const attachments = new Map<string, AttachmentRec>();
  for (const a of s.attachments) {
    const id = `ra-${nextAttachment++}`;
    attachments.set(id, { id, principal: { ...a.principal }, policyId: a.policyId, scope: a.scope.type === 'all' || a.scope.type === 'global' ? { type: a.scope.type } : { type: a.scope.type, ids: [...a.scope.ids] } });
  }

  const agencies = new Map<string, AgencyRec>();
  for (const a of s.agencies) {
    const old = prev?.agencies.get(a.id);
    agencies.set(a.id, {
      id: a.id,
      name: a.name,
      delegate: a.delegate ?? 'op_svc_modelarts',
      duration: a.duration ?? 'FOREVER',
      description: a.description ?? '',
      createTime: old?.createTime ?? now,
      extra: extrasOf(a, ['id', 'name', 'delegate', 'duration', 'description']),
    });
  }

  const authorizations = new Map<string, AuthorizationRec>();
  for (const a of s.authorizations) {
    const key = authorizationKey(a.projectId, a.userType === 'all-users' ? 'all' : a.userId);
    const old = prev?.authorizations.get(key);
    authorizations.set(key, {
      projectId: a.projectId,
      userId: a.userType === 'all-users' ? 'all' : a.userId,
      userName: a.userName ?? null,
      userType: a.userType,
      type: a.type,
      content: a.content,
      ...(old?.secretKey && old.content === a.content && a.type === 'credential' ? { secretKey: old.secretKey } : {}),
      createTime: a.createTime ?? old?.createTime ?? now,
      extra: extrasOf(a, ['projectId', 'userId', 'userName', 'userType', 'type', 'content', 'createTime']),
    });
  }

  const workspaces = new Map<string, WorkspaceRec>();
  for (const w of s.workspaces) {
    const old = prev?.workspaces.get(w.id);
    workspaces.set(w.id, {
      id: w.id,
      name: w.name,
      enterpriseProjectId: w.enterpriseProjectId,
      authType: w.authType,
      owner: w.owner,
      grants: w.grants.map((g) => ({ userId: g.userId })),
      description: w.description ?? '',
      status: 'NORMAL',
      createTime: old?.createTime ?? now,
      updateTime: old?.updateTime ?? now,
      version: old?.version ?? 1,
      quotas: old?.quotas.map((q) => ({ ...q })) ?? defaultQuotas(now),
      extra: extrasOf(w, ['id', 'name', 'enterpriseProjectId', 'authType', 'owner', 'grants', 'description']),
    });
  }

  return {
    ok: true,
    state: {
      domain: { id: s.domain.id, name: s.domain.name },
      authMode: s.authMode,
      workspaceEnabled: s.workspaceEnabled,
      projects,
      enterpriseProjects,
      users,
      groups,
      policies,
      attachments,
      agencies,
      authorizations,
      workspaces,
      nextAttachment,
    },
  };
}

/** A catalog system policy as a store record. */
export function systemPolicyRec(sys: ReturnType<typeof systemPolicies>[number], now: number): PolicyRec {
  return {
    id: sys.id,
    name: sys.name,
    type: 'system',
    description: sys.description,
    document: sys.document,
    roleType: sys.kind === 'global' ? 'AX' : 'XA',
    version: 1,
    createTime: now,
    updateTime: now,
  };
}
