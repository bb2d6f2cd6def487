/** Query keys of the policies feature. Every key starts with the feature and the signed-in persona. */

export const policiesKeys = {
  all: ['policies'] as const,
  roles: (who: string) => ['policies', who, 'roles'] as const,
  role: (who: string, id: string) => ['policies', who, 'role', id] as const,
  assignments: (who: string) => ['policies', who, 'role-assignments'] as const,
  holders: (who: string) => ['policies', who, 'holders'] as const,
};

/** The persona part of the keys: a persona switch never reuses another persona's answers. */
export function personaKey(session: { userId: string | null; userName: string | null }): string {
  return session.userId ?? session.userName ?? 'root';
}
