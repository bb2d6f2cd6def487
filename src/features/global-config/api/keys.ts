/** Query keys of this feature. Every key starts with the feature and the signed-in persona. */

export const globalConfigKeys = {
  all: ['global-config'] as const,
  authorizations: (who: string) => ['global-config', who, 'authorizations'] as const,
  authorizationList: (who: string, projectId: string, query: object) =>
    ['global-config', who, 'authorizations', projectId, query] as const,
  authMode: (who: string) => ['global-config', who, 'auth-mode'] as const,
  roles: (who: string) => ['global-config', who, 'roles'] as const,
  users: (who: string, search: string) => ['global-config', who, 'users', search] as const,
  projects: (who: string) => ['global-config', who, 'projects'] as const,
};

/** The persona part of the keys: a persona switch never reuses another persona's answers. */
export function personaKey(session: { userId: string | null; userName: string | null }): string {
  return session.userId ?? session.userName ?? 'root';
}
