/**
 * What an import must satisfy beyond the format's shape and references (checkSnapshot): every
 * rule the API enforces on the same data, so an import can never bring in what no request could
 * create (issue 12): exactly one root user (an IAM user), unique names as the API compares them
 * (policies and workspaces case-insensitively), valid group and agency names and durations,
 * custom policy documents without error findings from the engine's validator, no custom policy
 * reusing a catalog system id, federated rows that do not name an IAM user.
 */
import { AGENCY_DURATION_PATTERN, AGENCY_NAME_PATTERN } from '@/api/contracts/common';
import { GROUP_NAME_PATTERN } from '@/api/contracts/iam';
import type { SnapshotDocument, SnapshotProblem } from '@/api/contracts/snapshot';
import { systemPolicies, validatePolicy, validateSystemPolicy } from '../../engine';

type Problem = SnapshotProblem | null;

function firstDuplicate<T>(items: readonly T[], key: (t: T) => string | null, path: (i: number) => string, what: string): Problem {
  const seen = new Set<string>();
  for (const [i, item] of items.entries()) {
    const k = key(item);
    if (k === null) continue;
    if (seen.has(k)) return { path: path(i), message: `Duplicate ${what} "${k}"` };
    seen.add(k);
  }
  return null;
}

function checkRoot(s: SnapshotDocument): Problem {
  const roots = [...s.users.entries()].filter(([, u]) => u.root === true);
  if (roots.length === 0) return { path: '$.users', message: 'No root user: exactly one user must have "root": true (the account signs in as it)' };
  if (roots.length > 1) return { path: `$.users[${roots[1]![0]}].root`, message: 'A second root user: exactly one user may have "root": true' };
  const [i, root] = roots[0]!;
  if (root.type !== 'iam') return { path: `$.users[${i}].type`, message: 'The root user must be an IAM user' };
  return null;
}

function checkNames(s: SnapshotDocument): Problem {
  for (const [i, u] of s.users.entries()) {
    if (!u.root && u.name === s.domain.name) return { path: `$.users[${i}].name`, message: `User name "${u.name}" is the account's name (reserved for the root user)` };
  }
  for (const [i, g] of s.groups.entries()) {
    if (!GROUP_NAME_PATTERN.test(g.name) || g.name.length > 64) return { path: `$.groups[${i}].name`, message: 'A group name has 1–64 characters, without < > & \' " or control characters' };
  }
  for (const [i, a] of s.agencies.entries()) {
    if (!AGENCY_NAME_PATTERN.test(a.name)) return { path: `$.agencies[${i}].name`, message: 'An agency name has 1–64 letters, digits and _ + = , . @ -' };
    if (a.duration !== undefined && a.duration !== '' && !AGENCY_DURATION_PATTERN.test(a.duration)) {
      return { path: `$.agencies[${i}].duration`, message: 'Use FOREVER, ONEDAY or a number of hours from 1 to 999999' };
    }
  }
  return (
    firstDuplicate(s.users, (u) => u.name, (i) => `$.users[${i}].name`, 'user name') ??
    firstDuplicate(s.groups, (g) => g.name, (i) => `$.groups[${i}].name`, 'group name') ??
    firstDuplicate(s.agencies, (a) => a.name, (i) => `$.agencies[${i}].name`, 'agency name') ??
    firstDuplicate(s.policies, (p) => p.name.toLowerCase(), (i) => `$.policies[${i}].name`, 'policy name (names compare without case)') ??
    firstDuplicate(s.workspaces, (w) => w.name.toLowerCase(), (i) => `$.workspaces[${i}].name`, 'workspace name (names compare without case)') ??
    firstDuplicate(s.authorizations, (a) => `${a.projectId}\u0000${a.userType === 'all-users' ? 'all' : a.userId}`, (i) => `$.authorizations[${i}].userId`, 'authorization in one region for user')
  );
}

function checkPolicies(s: SnapshotDocument): Problem {
  const catalog = new Set(systemPolicies().map((p) => p.id));
  for (const [i, p] of s.policies.entries()) {
    if (p.type === 'custom' && catalog.has(p.id)) return { path: `$.policies[${i}].id`, message: `Custom policy id "${p.id}" is a system policy's id` };
    if (p.type === 'system' && catalog.has(p.id)) continue; // the catalog's document is used
    const errors = (p.type === 'system' ? validateSystemPolicy(p.document) : validatePolicy(p.document, p.name)).filter((f) => f.severity === 'error');
    const first = errors[0];
    if (first) {
      const more = errors.length > 1 ? ` (and ${errors.length - 1} more error${errors.length > 2 ? 's' : ''})` : '';
      return { path: `$.policies[${i}].document${first.path.replace(/\/(\d+)/g, '[$1]').replace(/\/([^/[]+)/g, '.$1')}`, message: `${first.message}${more}` };
    }
  }
  return null;
}

function checkAuthorizations(s: SnapshotDocument): Problem {
  const users = new Map(s.users.map((u) => [u.id, u]));
  for (const [i, a] of s.authorizations.entries()) {
    const named = users.get(a.userId);
    if (a.userType === 'iam' && named?.type !== 'iam') return { path: `$.authorizations[${i}].userId`, message: `"${a.userId}" is not an IAM user` };
    if (a.userType === 'federate' && named !== undefined && named.type !== 'federate') {
      return { path: `$.authorizations[${i}].userId`, message: `"${a.userId}" is an IAM user, not a federated user` };
    }
  }
  return null;
}

/** The first rule the snapshot breaks, or null. */
export function checkImportRules(s: SnapshotDocument): Problem {
  return checkRoot(s) ?? checkNames(s) ?? checkPolicies(s) ?? checkAuthorizations(s);
}
