/**
 * What each mutation makes stale, in one place. A mutation names the resources it changes (with
 * the server's cascades, e.g. deleting a user also removes its memberships and authorizations);
 * `invalidateResources` refreshes them for every persona, plus the organisation snapshot, which is
 * built from all of them. So every page sees a change at once, whichever page made it.
 */
import { useMutation, useQueryClient, type QueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { orgSnapshotParts } from './partial-loads';

export const RESOURCES = [
  'roles',
  'users',
  'groups',
  'memberships',
  'agencies',
  'grants',
  'authorizations',
  'auth-mode',
  'workspaces',
  'projects',
  'org-snapshot',
  'demo-data',
] as const;
export type Resource = (typeof RESOURCES)[number];

/** The organisation snapshot is derived from every resource the engine reads. */
const DERIVED: readonly Resource[] = ['org-snapshot'];

export interface InvalidationOptions {
  /** false: the change alters nothing the engine reads (e.g. a workspace's quotas), so the organisation snapshot stays. */
  access?: boolean;
}

export function invalidateResources(queryClient: QueryClient, changed: readonly Resource[], { access = true }: InvalidationOptions = {}): Promise<void> {
  const all = new Set<Resource>([...changed, ...(access ? DERIVED : [])]);
  // Lists read by a failed load may be stale now: the next load reads everything again.
  if (all.has('org-snapshot')) orgSnapshotParts.clear();
  return Promise.all([...all].map((r) => queryClient.invalidateQueries({ queryKey: [r] }))).then(() => undefined);
}

/**
 * `useMutation` that invalidates `changes` when the call settles (success or failure: a failed
 * call may have partly applied, e.g. the second of three grants). The caller's own `onSettled`
 * runs after.
 */
export function useResourceMutation<TData, TVariables = void, TContext = unknown>(
  changes: readonly Resource[],
  options: UseMutationOptions<TData, Error, TVariables, TContext>,
  invalidation: InvalidationOptions = {},
) {
  const queryClient = useQueryClient();
  return useMutation<TData, Error, TVariables, TContext>({
    ...options,
    onSettled: async (...args) => {
      await invalidateResources(queryClient, changes, invalidation);
      return options.onSettled?.(...args);
    },
  });
}
