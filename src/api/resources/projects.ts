/**
 * Region projects (GET /v3/projects) and enterprise projects (GET /v1.0/enterprise-projects): the
 * scopes a policy can be granted in, the header's region selector and a workspace's binding.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '../client';
import { enterpriseProjectListSchema, projectListSchema } from '../contracts/iam';
import { buildPath } from '../paths';
import { useApiScope, type Persona } from './persona';

export const projectKeys = {
  all: (p: Persona) => ['projects', p] as const,
  regions: (p: Persona) => ['projects', p, 'regions'] as const,
  enterprise: (p: Persona) => ['projects', p, 'enterprise'] as const,
};

/** Projects change only with an import or a reset (which reset every query). */
const PROJECTS_STALE_MS = 5 * 60_000;

export async function getProjects(signal?: AbortSignal) {
  return (await request(buildPath('projects'), projectListSchema, { signal })).projects;
}
export function getProjectsQueryOptions(p: Persona) {
  return queryOptions({ queryKey: projectKeys.regions(p), queryFn: ({ signal }) => getProjects(signal), staleTime: PROJECTS_STALE_MS });
}
export function useProjects(options: { enabled?: boolean } = {}) {
  const s = useApiScope();
  return useQuery({ ...getProjectsQueryOptions(s.persona), enabled: s.ready && (options.enabled ?? true) });
}

export async function getEnterpriseProjects(signal?: AbortSignal) {
  return (await request(buildPath('enterpriseProjects'), enterpriseProjectListSchema, { query: { limit: 1000 }, signal })).enterprise_projects;
}
export function getEnterpriseProjectsQueryOptions(p: Persona) {
  return queryOptions({ queryKey: projectKeys.enterprise(p), queryFn: ({ signal }) => getEnterpriseProjects(signal), staleTime: PROJECTS_STALE_MS });
}
export function useEnterpriseProjects() {
  const s = useApiScope();
  return useQuery({ ...getEnterpriseProjectsQueryOptions(s.persona), enabled: s.ready });
}
