/** GET /v3/projects and GET /v1.0/enterprise-projects — the scopes a policy can be granted in. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/api/client';
import { enterpriseProjectListSchema, projectListSchema } from '@/api/contracts/iam';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { iamKeys, personaKey } from './keys';

export async function getProjects(signal?: AbortSignal) {
  return (await request(buildPath('projects'), projectListSchema, { signal })).projects;
}

export async function getEnterpriseProjects(signal?: AbortSignal) {
  return (await request(buildPath('enterpriseProjects'), enterpriseProjectListSchema, { query: { limit: 1000 }, signal })).enterprise_projects;
}

export function getProjectsQueryOptions(who: string) {
  return queryOptions({ queryKey: iamKeys.projects(who), queryFn: ({ signal }) => getProjects(signal), staleTime: 5 * 60_000 });
}

export function getEnterpriseProjectsQueryOptions(who: string) {
  return queryOptions({
    queryKey: iamKeys.enterpriseProjects(who),
    queryFn: ({ signal }) => getEnterpriseProjects(signal),
    staleTime: 5 * 60_000,
  });
}

export function useProjects() {
  const session = useSession();
  return useQuery({ ...getProjectsQueryOptions(personaKey(session)), enabled: !!session.token });
}

export function useEnterpriseProjects() {
  const session = useSession();
  return useQuery({ ...getEnterpriseProjectsQueryOptions(personaKey(session)), enabled: !!session.token });
}
