/**
 * Who else would gain a fix's permissions: the other members of an existing group, or every
 * user whose ModelArts agency is the same (their own authorization naming it, or — for the
 * all-users authorization — everyone without an authorization of their own).
 */
import type { Snapshot, SnapshotUser } from '@/iam';

export interface AgencyAudience {
  /** The agency is the all-users authorization's: widening it reaches every user. */
  allUsers: boolean;
  /** The other users (names, sorted) who act through the same agency. */
  others: string[];
}

const sortNames = (names: string[]) => names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

export function findUser(snapshot: Snapshot, idOrName: string): SnapshotUser | undefined {
  return snapshot.users.find((u) => u.id === idOrName) ?? snapshot.users.find((u) => u.name === idOrName);
}

/** Other members of the group, by name. */
export function otherGroupMembers(snapshot: Snapshot, groupId: string, userId: string): string[] {
  return sortNames(snapshot.users.filter((u) => u.id !== userId && u.groups.includes(groupId)).map((u) => u.name));
}

function ownAuthorization(snapshot: Snapshot, user: SnapshotUser) {
  return snapshot.authorizations.find((a) => a.userType !== 'all-users' && a.type === 'agency' && (a.userId === user.id || (a.userType === user.type && a.userName === user.name)));
}

/** Everyone besides `userId` who acts through `agencyName`. */
export function agencyAudience(snapshot: Snapshot, userId: string, agencyName: string): AgencyAudience {
  const user = findUser(snapshot, userId);
  const allUsersRow = snapshot.authorizations.find((a) => a.userType === 'all-users' && a.type === 'agency' && a.content === agencyName);
  const others: string[] = [];
  for (const u of snapshot.users) {
    if (u.id === userId) continue;
    const own = ownAuthorization(snapshot, u);
    if (own ? own.content === agencyName : allUsersRow !== undefined) others.push(u.name);
  }
  const viaAllUsers = user !== undefined && ownAuthorization(snapshot, user) === undefined && allUsersRow !== undefined;
  return { allUsers: viaAllUsers, others: sortNames(others) };
}

/** The id of the agency with this name, if the snapshot has it. */
export function agencyIdByName(snapshot: Snapshot, name: string): string | undefined {
  return snapshot.agencies.find((a) => a.name === name)?.id;
}
