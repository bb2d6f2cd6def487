/**
 * The two places where real IAM's lists and the console's organisation model do not meet one to
 * one; each difference is reported in the coverage, never hidden.
 */
import type { Role, RoleAssignment, User } from '@/api/contracts/iam';
import type { HuaweiRoleAssignment, HuaweiSystemRole } from '@/api/contracts/iam-huawei';
import type { Authorization } from '@/api/contracts/modelarts';
import { fromHuaweiAssignment, fromHuaweiSystemRole } from './adapters';
import type { Coverage } from './coverage';

/**
 * Role assignments → the console's; a grant to an IAM user directly (IAM allows it; the console's
 * model grants through groups and agencies only) cannot be represented: the entry says how many,
 * and the snapshot is incomplete — those users may be able to do more than the analyzer says.
 */
export function convertAssignments(coverage: Coverage, rows: readonly HuaweiRoleAssignment[]): RoleAssignment[] {
  const out: RoleAssignment[] = [];
  let direct = 0;
  let unknown = 0;
  for (const row of rows) {
    const a = fromHuaweiAssignment(row);
    if (a) out.push(a);
    else if (row.user) direct++;
    else unknown++;
  }
  if (direct + unknown > 0) {
    const parts = [direct > 0 ? `${direct} grant${direct === 1 ? '' : 's'} to IAM users directly (the console models grants to groups and agencies only)` : '', unknown > 0 ? `${unknown} of an unknown subject or scope` : ''].filter(Boolean);
    coverage.add({ name: 'Role assignments left out', method: '-', path: '/v3.0/OS-PERMISSION/role-assignments', status: 'partial', count: direct + unknown, message: `${parts.join('; ')}: the access they give is not in the snapshot` });
  }
  return out;
}

/**
 * IAM lists no federated users: those a ModelArts authorization row names (user type `federate`)
 * are taken from it. A federated user with no authorization is in no list the collector can read.
 */
export function federatedUsers(coverage: Coverage, iamUsers: readonly User[], authorizations: readonly Authorization[], domainId: string): User[] {
  const known = new Set(iamUsers.map((u) => u.id));
  const out = new Map<string, User>();
  for (const a of authorizations) {
    if (a.user_type !== 'federate' || known.has(a.user_id) || out.has(a.user_id)) continue;
    out.set(a.user_id, { id: a.user_id, name: a.user_name ?? a.user_id, domain_id: domainId, enabled: true, description: '', type: 'federate', is_root: false, is_admin: false });
  }
  if (out.size > 0) {
    coverage.add({ name: 'Federated users (from authorizations)', method: '-', path: '/v2/{project_id}/authorizations', status: 'ok', count: out.size, message: 'IAM lists no federated users: these are named by ModelArts authorization rows; a federated user without one is not in the snapshot' });
  }
  return [...out.values()];
}

const names = (rs: readonly HuaweiSystemRole[]) => rs.slice(0, 5).map((r) => r.display_name ?? r.name).join(', ') + (rs.length > 5 ? ` and ${rs.length - 5} more` : '');

/**
 * System permissions → the console's roles. IAM lists its 1.0 roles (RBAC, `policy.Version`
 * "1.0") with the 1.1 policies. The snapshot reads a granted 1.0 role as its Action/Effect
 * statements, like a policy; IAM documents a role's meaning per service (ModelArts documents
 * policies only), so a granted one is reported and the snapshot is incomplete: the analyzer marks
 * its answers. A role without a document is left out (the assignments of it are then reported as
 * references left out).
 */
export function convertSystemRoles(coverage: Coverage, rows: readonly HuaweiSystemRole[], assignments: readonly RoleAssignment[]): Role[] {
  const granted = new Set(assignments.map((a) => a.role_id));
  const rbac = rows.filter((r) => r.policy?.Version === '1.0' && granted.has(r.id));
  if (rbac.length > 0) {
    coverage.add({
      name: 'System roles (IAM 1.0) granted',
      method: '-',
      path: '/v3/roles',
      status: 'partial',
      count: rbac.length,
      message: `${names(rbac)}: read as their Action/Effect statements, like policies. A 1.0 role is a role, not a policy (its Depends are other roles; ModelArts documents policies only), so answers that rest on it may differ from IAM's`,
    });
  }
  const empty = rows.filter((r) => r.policy === null);
  if (empty.length > 0) coverage.add({ name: 'System permissions without a document', method: '-', path: '/v3/roles', status: 'partial', count: empty.length, message: `${names(empty)}: no policy in the answer, left out of the snapshot` });
  return rows.map(fromHuaweiSystemRole).filter((r): r is Role => r !== undefined);
}
