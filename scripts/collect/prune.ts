/**
 * Keeps a collected snapshot valid when parts could not be read: drops every reference the
 * snapshot format requires to resolve (checkSnapshot in src/api/contracts/snapshot.ts) but whose
 * target is missing — a membership of an unread group, an assignment of an unread policy, an
 * authorization naming an unread agency… — and says what it dropped. Complete data loses nothing.
 */
import type { OrgSnapshot } from '@/api/org-snapshot';

export function pruneSnapshot(s: OrgSnapshot): { snapshot: OrgSnapshot; dropped: string[] } {
  const dropped: string[] = [];
  const ids = <T extends { id: string }>(xs: readonly T[]) => new Set(xs.map((x) => x.id));
  const groups = ids(s.groups);
  const policies = ids(s.policies);
  const agencies = ids(s.agencies);
  const projects = ids(s.projects);
  const eps = ids(s.enterpriseProjects);
  const agencyNames = new Set(s.agencies.map((a) => a.name));

  const users = s.users.map((u) => {
    const kept = u.groups.filter((g) => groups.has(g));
    if (kept.length < u.groups.length) dropped.push(`user ${u.name}: ${u.groups.length - kept.length} group membership(s)`);
    return kept.length < u.groups.length ? { ...u, groups: kept } : u;
  });
  const userIds = ids(users);

  const attachments = s.attachments.flatMap((a) => {
    const what = `${a.principal.type} ${a.principal.id} → policy ${a.policyId}`;
    if (!policies.has(a.policyId)) return dropped.push(`${what}: policy not read`), [];
    if (!(a.principal.type === 'group' ? groups : agencies).has(a.principal.id)) return dropped.push(`${what}: ${a.principal.type} not read`), [];
    if (a.scope.type === 'projects' || a.scope.type === 'enterpriseProjects') {
      const pool = a.scope.type === 'projects' ? projects : eps;
      const kept = a.scope.ids.filter((id) => pool.has(id));
      if (kept.length === 0) return dropped.push(`${what}: scope not read`), [];
      if (kept.length < a.scope.ids.length) dropped.push(`${what}: ${a.scope.ids.length - kept.length} scope id(s) not read`);
      return [{ ...a, scope: { type: a.scope.type, ids: kept } }];
    }
    return [a];
  });

  const authorizations = s.authorizations.filter((a) => {
    const bad =
      (a.type === 'agency' && !agencyNames.has(a.content) && 'agency not read') ||
      (a.userType === 'iam' && !userIds.has(a.userId) && 'user not read') ||
      (a.userType === 'grant' && !agencies.has(a.userId) && 'agency not read');
    if (bad) dropped.push(`authorization of ${a.userName ?? a.userId}: ${bad}`);
    return !bad;
  });

  const workspaces = s.workspaces.flatMap((w) => {
    if (!eps.has(w.enterpriseProjectId)) return dropped.push(`workspace ${w.name}: enterprise project not read`), [];
    if (!userIds.has(w.owner)) return dropped.push(`workspace ${w.name}: owner not read`), [];
    const grants = w.grants.filter((g) => userIds.has(g.userId));
    if (grants.length < w.grants.length) dropped.push(`workspace ${w.name}: ${w.grants.length - grants.length} grant(s) to unread users`);
    return [grants.length < w.grants.length ? { ...w, grants } : w];
  });

  return { snapshot: { ...s, users, attachments, authorizations, workspaces }, dropped };
}
