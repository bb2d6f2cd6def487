/** Query keys of this feature. Every key starts with the feature and the signed-in persona. */

export const workspaceKeys = {
  all: ['workspaces'] as const,
  lists: (who: string) => ['workspaces', who, 'list'] as const,
  list: (who: string, projectId: string, query: object) => ['workspaces', who, 'list', projectId, query] as const,
  detail: (who: string, projectId: string, id: string) => ['workspaces', who, 'detail', projectId, id] as const,
  quotas: (who: string, projectId: string, id: string) => ['workspaces', who, 'quotas', projectId, id] as const,
  enterpriseProjects: (who: string) => ['workspaces', who, 'enterprise-projects'] as const,
  users: (who: string, search: string) => ['workspaces', who, 'users', search] as const,
  orgSnapshot: (who: string) => ['workspaces', who, 'org-snapshot'] as const,
};

/**
 * The workspace switcher's list (src/app/api/shell-queries.ts): invalidated after every create,
 * update and delete so the switcher shows the change at once. A key prefix, not an import: a
 * feature never imports `src/app`.
 */
export const SWITCHER_WORKSPACES_KEY = ['shell', 'accessible-workspaces'] as const;

/** The persona part of the keys: a persona switch never reuses another persona's answers. */
export function personaKey(session: { userId: string | null; userName: string | null }): string {
  return session.userId ?? session.userName ?? 'root';
}
