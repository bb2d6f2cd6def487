/** Query keys of the analyzer. Every key starts with the feature and the signed-in persona. */
export const analyzerKeys = {
  all: ['analyzer'] as const,
  orgSources: (who: string, projectId: string) => ['analyzer', who, 'org-sources', projectId] as const,
};

/** The persona part of the keys: a persona switch never reuses another persona's answers. */
export function personaKey(session: { userId: string | null; userName: string | null }): string {
  return session.userId ?? session.userName ?? 'root';
}
