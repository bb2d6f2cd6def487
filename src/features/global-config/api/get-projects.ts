/** GET /v3/projects — the region projects (scopes of project-level policies). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/api/client';
import { projectListSchema } from '@/api/contracts/iam';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { globalConfigKeys, personaKey } from './keys';

export async function getProjects(signal?: AbortSignal) {
  const res = await request(buildPath('projects'), projectListSchema, { signal });
  return res.projects;
}

export function getProjectsQueryOptions(who: string) {
  return queryOptions({ queryKey: globalConfigKeys.projects(who), queryFn: ({ signal }) => getProjects(signal), staleTime: 5 * 60_000 });
}

export function useProjects(options: { enabled?: boolean } = {}) {
  const session = useSession();
  return useQuery({ ...getProjectsQueryOptions(personaKey(session)), enabled: !!session.token && (options.enabled ?? true) });
}
