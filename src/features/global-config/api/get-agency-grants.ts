/**
 * An agency's permissions: GET /v3.0/OS-AGENCY/domains/{domain_id}/agencies/{agency_id}/roles
 * (global services, or all resources for project-level policies) and
 * /v3.0/OS-AGENCY/projects/{project_id}/agencies/{agency_id}/roles for each region project.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { request } from '@/api/client';
import type { Project } from '@/api/contracts/iam';
import { buildPath } from '@/api/paths';
import { useSession } from '@/components/session/use-session';
import { getProjects } from './get-projects';
import { globalConfigKeys, personaKey } from './keys';

const grantedRolesSchema = z.object({
  roles: z.array(
    z.looseObject({
      id: z.string(),
      display_name: z.optional(z.string()),
      name: z.optional(z.string()),
      type: z.optional(z.string()),
      description: z.optional(z.string()),
    }),
  ),
});

export interface AgencyGrant {
  roleId: string;
  /** What the grant endpoint said about the role (display name, type, description), if anything. */
  displayName?: string;
  roleType?: string;
  description?: string;
  /** Domain path = global services / all resources; project path = that region project. */
  scope: { kind: 'domain' } | { kind: 'project'; project: Project };
}

export async function getAgencyGrants(domainId: string, agencyId: string, signal?: AbortSignal): Promise<AgencyGrant[]> {
  const projects = await getProjects(signal);
  const toGrant = (scope: AgencyGrant['scope']) => (r: z.infer<typeof grantedRolesSchema>['roles'][number]): AgencyGrant => ({
    roleId: r.id,
    displayName: r.display_name ?? r.name,
    roleType: r.type,
    description: r.description,
    scope,
  });
  const [domain, ...perProject] = await Promise.all([
    request(buildPath('agencyGrantsDomain', { domainId, agencyId }), grantedRolesSchema, { signal }),
    ...projects.map((p) => request(buildPath('agencyGrantsProject', { projectId: p.id, agencyId }), grantedRolesSchema, { signal })),
  ]);
  return [
    ...domain!.roles.map(toGrant({ kind: 'domain' })),
    ...perProject.flatMap((res, i) => res.roles.map(toGrant({ kind: 'project', project: projects[i]! }))),
  ];
}

export function getAgencyGrantsQueryOptions(who: string, domainId: string, agencyId: string) {
  return queryOptions({
    queryKey: globalConfigKeys.agencyGrants(who, agencyId),
    queryFn: ({ signal }) => getAgencyGrants(domainId, agencyId, signal),
  });
}

export function useAgencyGrants(agencyId: string | null | undefined) {
  const session = useSession();
  return useQuery({
    ...getAgencyGrantsQueryOptions(personaKey(session), session.domainId ?? '', agencyId ?? ''),
    enabled: !!session.token && !!session.domainId && !!agencyId,
  });
}
