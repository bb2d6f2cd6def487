/** GET /v1.0/enterprise-projects — the enterprise projects a workspace can be bound to. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/api/client';
import { enterpriseProjectListSchema, type EnterpriseProject } from '@/api/contracts/iam';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { personaKey, workspaceKeys } from './keys';

export async function getEnterpriseProjects(signal?: AbortSignal): Promise<EnterpriseProject[]> {
  const res = await request(buildPath('enterpriseProjects'), enterpriseProjectListSchema, { query: { limit: 1000 }, signal });
  return res.enterprise_projects;
}

export function getEnterpriseProjectsQueryOptions(who: string) {
  return queryOptions({
    queryKey: workspaceKeys.enterpriseProjects(who),
    queryFn: ({ signal }) => getEnterpriseProjects(signal),
    staleTime: 5 * 60_000,
  });
}

export function useEnterpriseProjects() {
  const session = useSession();
  return useQuery({ ...getEnterpriseProjectsQueryOptions(personaKey(session)), enabled: !!session.token });
}
