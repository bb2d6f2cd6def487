/**
 * The caller's account (`GET /v3/auth/domains`, IAM KeystoneListAuthDomains: how the official
 * SDKs find the domain id of an access key), region projects (`GET /v3/projects`) and enterprise
 * projects (`GET /v1.0/enterprise-projects`): open to every signed-in user.
 */
import { http, HttpResponse } from 'msw';
import type { EnterpriseProject, Project } from '@/api/contracts/iam';
import { patterns } from '@/api/paths';
import { withAuth } from '../auth';
import { store } from '../store';

export const projectHandlers = [
  http.get(
    patterns.authDomains,
    withAuth('signed-in', () => {
      const d = store.state.domain;
      return HttpResponse.json({ domains: [{ id: d.id, name: d.name, enabled: true, description: '' }] });
    }),
  ),
  http.get(
    patterns.projects,
    withAuth('signed-in', () => {
      const projects: Project[] = store.state.projects.map((p) => ({ id: p.id, name: p.name, description: p.description }));
      return HttpResponse.json({ total_count: projects.length, projects });
    }),
  ),
  http.get(
    patterns.enterpriseProjects,
    withAuth('signed-in', () => {
      const eps: EnterpriseProject[] = store.state.enterpriseProjects.map((e) => ({ id: e.id, name: e.name, description: e.description, status: e.status, type: e.type }));
      return HttpResponse.json({ total_count: eps.length, enterprise_projects: eps });
    }),
  ),
];
