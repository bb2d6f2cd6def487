/**
 * Pulls one account's organisation through the regular Huawei APIs (calls.ts), read-only, and
 * converts it with the console's own `toOrgSnapshot` (src/api/org-snapshot.ts). Every call is
 * recorded in the coverage report; a denied or failed call leaves its part out, the snapshot is
 * marked incomplete and stays valid (prune.ts drops references to what could not be read).
 */
import type { z } from 'zod/mini';
import type { Authorization, Workspace } from '@/api/contracts/modelarts';
import type { CollectionCall, CollectionReport } from '@/api/contracts/snapshot';
import { mapLimited } from '@/api/fetch-all-pages';
import { toOrgSnapshot, type OrgSnapshot } from '@/api/org-snapshot';
import { fromHuaweiAgency, fromHuaweiCustomRole, fromHuaweiGroup, fromHuaweiUser } from './adapters';
import { CALLS, type ListCall } from './calls';
import { convertAssignments, convertSystemRoles, federatedUsers } from './convert';
import { Coverage, worse } from './coverage';
import type { Endpoints } from './endpoints';
import { NetworkFailure, SignedClient } from './http';
import { pruneSnapshot } from './prune';
import { CredentialRefused, readList, type Outcome } from './read-list';

export { CredentialRefused };

export interface CollectOptions {
  client: SignedClient;
  endpoints: Endpoints;
  regions: readonly string[];
  accessKey: string;
  now?: () => Date;
}

export interface CollectResult {
  snapshot: OrgSnapshot;
  report: CollectionReport;
}

const MEMBER_CONCURRENCY = 8;
/** Who sees every authorization row and the mode (docs/api.md "ModelArts"). */
const ADMIN_ONLY = 'membership of the admin group (or the account’s own key)';

class Collector {
  readonly coverage = new Coverage();
  constructor(private readonly o: CollectOptions) {}

  private base(service: ListCall<z.core.$ZodType, unknown>['service'], region?: string): string {
    return service === 'modelarts' ? this.o.endpoints.modelarts(region ?? '') : this.o.endpoints[service];
  }

  /** GETs every page of `call` (read-list.ts) and records it; 401 throws CredentialRefused. */
  async read<S extends z.core.$ZodType, T>(call: ListCall<S, T>, region?: string, record = true): Promise<{ outcome: Outcome<T>; entry: CollectionCall }> {
    const entry: CollectionCall = { name: call.name, method: 'GET', path: call.path, status: 'ok', count: 0, ...(region ? { region } : {}), ...(call.permission ? { permission: call.permission } : {}) };
    if (record) this.coverage.add(entry);
    return { outcome: await readList(this.o.client, this.base(call.service, region), call, entry), entry };
  }

  async identify(): Promise<{ id: string; name: string }> {
    const url = new URL('/v3/auth/domains', this.o.endpoints.iam);
    let answer;
    try {
      answer = await this.o.client.get(url);
    } catch (e) {
      throw e instanceof NetworkFailure ? new CollectAbort(`Could not reach IAM: ${e.message}`) : e;
    }
    if (answer.status === 401) throw new CredentialRefused(`IAM refused the credential (HTTP 401): ${(answer.message ?? 'unauthorized').replace(/\.$/, '')}`);
    const domains = (answer.body as { domains?: Array<{ id?: unknown; name?: unknown }> } | undefined)?.domains;
    const d = domains?.length === 1 ? domains[0] : undefined;
    if (answer.status !== 200 || !d || typeof d.id !== 'string' || typeof d.name !== 'string')
      throw new CollectAbort(`Could not identify the account: GET /v3/auth/domains answered HTTP ${answer.status}${answer.message ? ` (${answer.message})` : ''}.`);
    return { id: d.id, name: d.name };
  }

  /** The user id that owns the access key, or undefined when IAM does not say. */
  async keyOwner(): Promise<string | undefined> {
    try {
      const answer = await this.o.client.get(new URL(`/v3.0/OS-CREDENTIAL/credentials/${encodeURIComponent(this.o.accessKey)}`, this.o.endpoints.iam));
      const id = (answer.body as { credential?: { user_id?: unknown } } | undefined)?.credential?.user_id;
      return answer.status === 200 && typeof id === 'string' ? id : undefined;
    } catch {
      return undefined;
    }
  }
}

/** The collector cannot go on (the account could not be identified). */
export class CollectAbort extends Error {
  override readonly name = 'CollectAbort';
}

const itemsOf = <T>(o: Outcome<T>): T[] => (o.ok ? o.items : []);

export async function collect(o: CollectOptions): Promise<CollectResult> {
  const c = new Collector(o);
  const domain = await c.identify();
  const [projects, users, groups, systemRoles, customRoles, assignments, agencies, enterpriseProjects, owner] = await Promise.all([
    c.read(CALLS.projects),
    c.read(CALLS.users),
    c.read(CALLS.groups),
    c.read(CALLS.systemRoles),
    c.read(CALLS.customRoles),
    c.read(CALLS.roleAssignments(domain.id)),
    c.read(CALLS.agencies(domain.id)),
    c.read(CALLS.enterpriseProjects),
    c.keyOwner(),
  ]);
  const roleAssignments = convertAssignments(c.coverage, itemsOf(assignments.outcome));

  // Memberships: one call per group, reported as one line.
  const groupList = itemsOf(groups.outcome).map(fromHuaweiGroup);
  const members = c.coverage.add({ name: CALLS.groupMembers('').name, method: 'GET', path: '/v3/groups/{group_id}/users', status: groups.outcome.ok ? 'ok' : 'failed', count: 0, permission: CALLS.groupMembers('').permission!, ...(groups.outcome.ok ? {} : { message: 'not called: the group list could not be read' }) });
  const memberLists = await mapLimited(groupList, MEMBER_CONCURRENCY, async (g) => {
    const { outcome, entry } = await c.read(CALLS.groupMembers(g.id), undefined, false);
    members.status = worse(members.status, entry.status);
    if (entry.httpStatus !== undefined) members.httpStatus = entry.status === 'ok' ? (members.httpStatus ?? entry.httpStatus) : entry.httpStatus;
    if (entry.message && !members.message) members.message = `group ${g.name}: ${entry.message}`;
    members.count = (members.count ?? 0) + (outcome.ok ? outcome.items.length : 0);
    return itemsOf(outcome);
  });
  const groupIds = new Map<string, string[]>();
  groupList.forEach((g, i) => {
    for (const m of memberLists[i] ?? []) groupIds.set(m.id, [...(groupIds.get(m.id) ?? []), g.id]);
  });

  // ModelArts, per region (the snapshot keeps them account-wide: rows of several regions merge).
  const projectList = itemsOf(projects.outcome);
  const authorizations = new Map<string, Authorization & { projectId: string }>();
  const workspaces = new Map<string, Workspace>();
  let authMode: 'strict' | 'loose' | undefined;
  const userItems = itemsOf(users.outcome).map(fromHuaweiUser);
  const ownerUser = owner === undefined ? undefined : userItems.find((u) => u.id === owner);
  const ownerIsAdmin = ownerUser !== undefined && (ownerUser.name === domain.name || (groupIds.get(ownerUser.id) ?? []).some((gid) => groupList.find((g) => g.id === gid)?.name === 'admin'));
  for (const region of o.regions) {
    const project = projectList.find((p) => p.name === region);
    if (!project) {
      c.coverage.add({ name: 'ModelArts (region project)', method: 'GET', path: '/v3/projects', region, status: 'failed', message: projects.outcome.ok ? `the account has no project named ${region}` : 'the project list could not be read' });
      continue;
    }
    const [auth, ws, mode] = await Promise.all([c.read(CALLS.authorizations(project.id), region), c.read(CALLS.workspaces(project.id), region), c.read(CALLS.authMode, region)]);
    if (auth.outcome.ok && !ownerIsAdmin && auth.entry.status === 'ok') {
      Object.assign(auth.entry, {
        status: 'partial',
        permission: ADMIN_ONLY,
        message: ownerUser ? `${ownerUser.name} is not an administrator: only their own and the all-users authorization are listed` : 'could not tell whether the key’s owner is an administrator, who alone sees every authorization',
      });
    }
    if (mode.entry.status === 'denied') mode.entry.permission = ADMIN_ONLY;
    // Authorizations are kept per region: one row per region project and user.
    for (const a of itemsOf(auth.outcome)) authorizations.set(`${project.id}\u0000${a.user_type}\u0000${a.user_id}`, { ...a, projectId: project.id });
    for (const w of itemsOf(ws.outcome)) if (w.status !== 'DELETING') workspaces.set(w.id, w);
    const m = itemsOf(mode.outcome)[0];
    if (m) {
      if (authMode !== undefined && authMode !== m.mode) mode.entry.message = `this region is ${m.mode}, an earlier one ${authMode}: the snapshot keeps the first`;
      authMode ??= m.mode;
    }
  }

  const userList = [...userItems, ...federatedUsers(c.coverage, userItems, [...authorizations.values()], domain.id)].map((user) => ({
    user: { ...user, is_root: user.type === 'iam' && user.name === domain.name },
    groupIds: groupIds.get(user.id) ?? [],
  }));
  if (!userList.some((u) => u.user.is_root)) {
    // The account's root user always exists (and the console's Import needs it): named as the
    // account, with the account id standing in for its user id, which no call here returned.
    userList.push({ user: { id: domain.id, name: domain.name, domain_id: domain.id, enabled: true, description: '', type: 'iam', is_root: true, is_admin: true }, groupIds: [] });
    c.coverage.add({ name: 'Account (root user)', method: '-', path: '/v3/users', status: 'partial', count: 1, message: `not among the users read: added as ${domain.name}, with the account id as its user id` });
  }
  const raw = toOrgSnapshot({
    domain,
    // No mode read: strict is the safe reading (nobody is assumed allowed without a grant).
    authMode: authMode ?? 'strict',
    projects: projectList,
    enterpriseProjects: itemsOf(enterpriseProjects.outcome),
    users: userList,
    groups: groupList,
    roles: [...convertSystemRoles(c.coverage, itemsOf(systemRoles.outcome), roleAssignments), ...itemsOf(customRoles.outcome).map(fromHuaweiCustomRole)],
    roleAssignments,
    agencies: itemsOf(agencies.outcome).map((a) => fromHuaweiAgency(a, domain.id)),
    authorizations: [...authorizations.values()],
    workspaces: [...workspaces.values()],
  });
  if (authMode === undefined) {
    const modeCall = c.coverage.calls.find((x) => x.path === CALLS.authMode.path && x.status !== 'ok');
    if (modeCall) modeCall.message = `${modeCall.message ?? 'not read'}; the snapshot says strict`;
  }
  const { snapshot, dropped } = pruneSnapshot(raw);
  if (dropped.length > 0) c.coverage.add({ name: 'References left out', method: '-', path: '-', status: 'partial', count: dropped.length, message: dropped.slice(0, 5).join('; ') + (dropped.length > 5 ? `; and ${dropped.length - 5} more` : '') });
  const now = o.now?.() ?? new Date();
  const report = c.coverage.report(o.regions, now);
  return { snapshot: { ...snapshot, collection: report }, report };
}
