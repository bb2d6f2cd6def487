/**
 * Store → snapshot (docs/snapshot-format.md): exactly the format's fields plus any unknown keys
 * an import brought in; console-only fields (times, quotas, versions, secret keys) stay out.
 */
import { SNAPSHOT_VERSION } from '@/api/contracts/snapshot';
import type { Snapshot } from '@/iam/model';
import type { StoreState } from '../types';

export function stateToSnapshot(s: StoreState): Snapshot {
  return {
    format: 'modelarts-console-snapshot',
    version: SNAPSHOT_VERSION,
    domain: { id: s.domain.id, name: s.domain.name },
    authMode: s.authMode,
    workspaceEnabled: s.workspaceEnabled,
    ...(s.collection ? { collection: s.collection } : {}),
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
