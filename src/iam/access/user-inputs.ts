/**
 * What a user's verdicts are computed from, as one string per user: the user record, each of
 * their groups (name, attachments, the attached policies' documents), the agency authorization
 * that covers them and that agency's attachments, whether the target workspace admits them; plus
 * one string for what every user shares (mode, workspace function, domain, projects, the target
 * workspace's enterprise project). Two snapshots give a user the same verdicts — access and
 * scenario readiness, on the same target — when both strings are equal, so a preview evaluates
 * only the users whose strings differ (consequence-preview.ts).
 */
import type { Snapshot, SnapshotUser } from '../model';
import { admitsUser } from './modelarts-layers';
import { prepareSnapshot } from './prepare-snapshot';
import type { TargetRequest } from './prepared-types';
import { resolveTarget } from './request-target';

export interface UserInputs {
  shared: string;
  of(user: SnapshotUser): string;
}

/** Long texts → short numbers, shared by the snapshots compared (equal texts, equal numbers). */
export type Interned = Map<string, number>;

function internOf(table: Interned, text: string): string {
  let n = table.get(text);
  if (n === undefined) table.set(text, (n = table.size));
  return String(n);
}

export function userInputs(snapshot: Snapshot, request: TargetRequest, table: Interned = new Map()): UserInputs {
  const prepared = prepareSnapshot(snapshot);
  const target = resolveTarget(prepared, request);
  const policies = new Map(snapshot.policies.map((p) => [p.id, p]));
  const policyText = new Map<string, string>();
  const policyOf = (id: string) => {
    let text = policyText.get(id);
    if (text === undefined) {
      const p = policies.get(id);
      text = p === undefined ? '-' : internOf(table, JSON.stringify([p.name, p.type, p.document]));
      policyText.set(id, text);
    }
    return text;
  };
  const byPrincipal = new Map<string, string[]>();
  for (const a of snapshot.attachments) {
    const key = `${a.principal.type}\u0000${a.principal.id}`;
    let list = byPrincipal.get(key);
    if (list === undefined) byPrincipal.set(key, (list = []));
    list.push(`${a.policyId}\u0001${JSON.stringify(a.scope)}\u0001${policyOf(a.policyId)}`);
  }
  const principalText = (type: string, id: string) => (byPrincipal.get(`${type}\u0000${id}`) ?? []).join('\u0002');
  const groupNames = new Map(snapshot.groups.map((g) => [g.id, g.name]));
  const groupText = new Map<string, string>();
  const groupOf = (id: string) => {
    let text = groupText.get(id);
    if (text === undefined) {
      text = internOf(table, `${groupNames.has(id) ? groupNames.get(id) : '\u0003'}\u0001${principalText('group', id)}`);
      groupText.set(id, text);
    }
    return text;
  };
  const agencyText = new Map<string, string>();
  const agencyOf = (content: string) => {
    let text = agencyText.get(content);
    if (text === undefined) {
      const agency = prepared.findAgencyByName(content);
      text = internOf(table, agency === undefined ? `\u0003${content}` : `${agency.id}\u0001${principalText('agency', agency.id)}`);
      agencyText.set(content, text);
    }
    return text;
  };
  const shared = JSON.stringify([
    snapshot.authMode,
    Boolean(snapshot.workspaceEnabled),
    snapshot.domain?.name,
    snapshot.projects,
    // The request's region: it picks the authorization (agency) of each user.
    target.projectId ?? null,
    target.workspaceId,
    target.workspace === undefined ? null : target.workspace.enterpriseProjectId,
    target.enterpriseProjectId,
  ]);
  return {
    shared,
    of(user) {
      const authorization = prepared.findAuthorization(user, target.projectId);
      return [
        user.id,
        user.name,
        user.type,
        user.root === true ? 'root' : '',
        user.groups.map(groupOf).join(','),
        admitsUser(target.workspace, user) ? 'in' : 'out',
        authorization === undefined ? '-' : `${authorization.userType}\u0001${authorization.type}\u0001${agencyOf(authorization.content)}`,
      ].join('\u0005');
    },
  };
}
