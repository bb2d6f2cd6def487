/**
 * Query keys of the users and groups feature. Every key starts with the feature and the signed-in
 * persona; a mutation invalidates `iamKeys.persona(who)`, so every IAM view refreshes.
 */

export const iamKeys = {
  persona: (who: string) => ['iam', who] as const,
  users: (who: string, query: object) => ['iam', who, 'users', query] as const,
  user: (who: string, id: string) => ['iam', who, 'user', id] as const,
  userGroups: (who: string, id: string) => ['iam', who, 'user-groups', id] as const,
  groups: (who: string, query: object) => ['iam', who, 'groups', query] as const,
  allGroups: (who: string) => ['iam', who, 'all-groups'] as const,
  groupMembers: (who: string, id: string, query: object) => ['iam', who, 'group-members', id, query] as const,
  assignments: (who: string, query: object) => ['iam', who, 'role-assignments', query] as const,
  roles: (who: string) => ['iam', who, 'roles'] as const,
  projects: (who: string) => ['iam', who, 'projects'] as const,
  enterpriseProjects: (who: string) => ['iam', who, 'enterprise-projects'] as const,
  orgSnapshot: (who: string, userId: string) => ['iam', who, 'org-snapshot', userId] as const,
};

/** The persona part of the keys: a persona switch never reuses another persona's answers. */
export function personaKey(session: { userId: string | null; userName: string | null }): string {
  return session.userId ?? session.userName ?? 'root';
}
