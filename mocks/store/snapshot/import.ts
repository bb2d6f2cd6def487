/**
 * Snapshot → store (docs/snapshot-format.md), all or nothing: the document is checked (shape and
 * references: checkSnapshot; everything the API would refuse: import-rules.ts) before anything
 * is built. Console-only fields (times, quotas, versions, secret keys) come from `prev` for
 * records whose id it also holds.
 */
import { checkSnapshot, type SnapshotProblem } from '@/api/contracts/snapshot';
import type { PolicyDocument } from '@/iam/model';
import { systemPolicies } from '../../engine';
import { defaultQuotas } from '../quotas';
import { authorizationKey, type AgencyRec, type AttachmentRec, type AuthorizationRec, type GroupRec, type PolicyRec, type StoreState, type UserRec, type WorkspaceRec } from '../types';
import { extrasOf } from './collections';
import { checkImportRules } from './import-rules';
import { REGION_NAMES, roleTypeOf, systemPolicyRec } from './records';

export type ImportOutcome = { ok: true; state: StoreState } | { ok: false; problem: SnapshotProblem };

export function snapshotToState(input: unknown, prev: StoreState | null, now: number): ImportOutcome {
  const checked = checkSnapshot(input);
  if (!checked.ok) return { ok: false, problem: checked.problem };
  const s = checked.snapshot;
  const problem = checkImportRules(s);
  if (problem) return { ok: false, problem };

  const prevProjects = new Map(prev?.projects.map((p) => [p.id, p]));
  const prevEps = new Map(prev?.enterpriseProjects.map((p) => [p.id, p]));
  const projects = s.projects.map((p) => ({
    id: p.id,
    name: p.name,
    description: prevProjects.get(p.id)?.description ?? REGION_NAMES.get(p.name) ?? p.name,
    extra: extrasOf('projects', p),
  }));
  const enterpriseProjects = s.enterpriseProjects.map((e) => {
    const old = prevEps.get(e.id);
    return { id: e.id, name: e.name, description: old?.description ?? '', status: old?.status ?? 1, type: old?.type ?? 'prod', extra: extrasOf('enterpriseProjects', e) };
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
      enabled: u.root === true ? true : (old?.enabled ?? true),
      createTime: old?.createTime ?? now,
      extra: extrasOf('users', u),
    });
  }
  const groups = new Map<string, GroupRec>();
  for (const g of s.groups) {
    const old = prev?.groups.get(g.id);
    groups.set(g.id, { id: g.id, name: g.name, description: old?.description ?? '', createTime: old?.createTime ?? now, extra: extrasOf('groups', g) });
  }

  const catalog = new Map(systemPolicies().map((p) => [p.id, p]));
  const policies = new Map<string, PolicyRec>();
  for (const p of s.policies) {
    const old = prev?.policies.get(p.id);
    const sys = p.type === 'system' ? catalog.get(p.id) : undefined;
    // A catalog policy is the catalog's: an edited copy of its document is never enforced.
    const document = sys ? sys.document : (p.document as unknown as PolicyDocument);
    policies.set(p.id, {
      id: p.id,
      name: p.name,
      type: p.type,
      description: p.description ?? '',
      document,
      roleType: sys ? (sys.kind === 'global' ? 'AX' : 'XA') : (old?.roleType ?? roleTypeOf(document)),
      version: old?.version ?? 1,
      createTime: old?.createTime ?? now,
      updateTime: old?.updateTime ?? now,
      extra: extrasOf('policies', p),
    });
  }
  // The catalog's system policies are always available to attach.
  for (const sys of catalog.values()) if (!policies.has(sys.id)) policies.set(sys.id, systemPolicyRec(sys, now));

  let nextAttachment = 1;
  const attachments = new Map<string, AttachmentRec>();
  for (const a of s.attachments) {
    const id = `ra-${nextAttachment++}`;
    const scope = a.scope.type === 'all' || a.scope.type === 'global' ? { type: a.scope.type } : { type: a.scope.type, ids: [...a.scope.ids] };
    attachments.set(id, { id, principal: { ...a.principal }, policyId: a.policyId, scope });
  }

  const agencies = new Map<string, AgencyRec>();
  for (const a of s.agencies) {
    const old = prev?.agencies.get(a.id);
    agencies.set(a.id, {
      id: a.id,
      name: a.name,
      delegate: a.delegate ?? 'op_svc_modelarts',
      duration: a.duration || 'FOREVER',
      description: a.description ?? '',
      createTime: old?.createTime ?? now,
      extra: extrasOf('agencies', a),
    });
  }

  const authorizations = new Map<string, AuthorizationRec>();
  for (const a of s.authorizations) {
    const userKey = a.userType === 'all-users' ? 'all' : a.userId;
    const key = authorizationKey(a.projectId, userKey);
    const old = prev?.authorizations.get(key);
    authorizations.set(key, {
      projectId: a.projectId,
      userId: userKey,
      userName: a.userName ?? null,
      userType: a.userType,
      type: a.type,
      content: a.content,
      ...(old?.secretKey && old.content === a.content && a.type === 'credential' ? { secretKey: old.secretKey } : {}),
      createTime: a.createTime ?? old?.createTime ?? now,
      version: (old?.version ?? 0) + 1,
      extra: extrasOf('authorizations', a),
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
      extra: extrasOf('workspaces', w),
    });
  }

  return {
    ok: true,
    state: {
      domain: { id: s.domain.id, name: s.domain.name },
      authMode: s.authMode,
      workspaceEnabled: s.workspaceEnabled,
      ...(s.collection ? { collection: s.collection } : {}),
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
