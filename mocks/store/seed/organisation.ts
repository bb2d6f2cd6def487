/** The seed organisation, assembled from its parts (described in ./index.ts). */
import { systemPolicies } from '../../engine';
import { roleTypeOf, systemPolicyRec } from '../snapshot/records';
import type { AgencyRec, GroupRec, PolicyRec, StoreState, UserRec } from '../types';
import { seedAuthorizations } from './authorizations';
import { daysAgo, DOMAIN, EP_DEFAULT, EP_PRODUCTION, EP_RESEARCH, MODELARTS_AGENCY_DESCRIPTION, PROJECT_EAST, PROJECT_NORTH, ROOT_USER_ID } from './constants';
import { CUSTOM_POLICIES } from './custom-policies';
import { seedGrants } from './grants';
import { AGENCIES, GROUPS, IAM_USERS } from './people';
import { seedWorkspaces } from './workspaces';

/** The seed organisation, built fresh each call (callers own the result). */
export function buildSeed(): StoreState {
  const policies = new Map<string, PolicyRec>();
  for (const sys of systemPolicies()) policies.set(sys.id, systemPolicyRec(sys, daysAgo(900)));
  for (const c of CUSTOM_POLICIES) {
    policies.set(c.id, {
      id: c.id,
      name: c.name,
      type: 'custom',
      description: c.description,
      document: structuredClone(c.document),
      roleType: roleTypeOf(c.document),
      version: 1,
      createTime: c.created,
      updateTime: c.created,
    });
  }

  const groups = new Map<string, GroupRec>();
  for (const g of GROUPS) groups.set(g.id, { id: g.id, name: g.name, description: g.description, createTime: g.created });

  const users = new Map<string, UserRec>();
  users.set(ROOT_USER_ID, {
    id: ROOT_USER_ID,
    name: DOMAIN.name,
    type: 'iam',
    root: true,
    groups: ['g-admin'],
    description: 'Account (root user)',
    enabled: true,
    createTime: daysAgo(400),
  });
  for (const [name, gs, description, age] of IAM_USERS) {
    users.set(`u-${name}`, { id: `u-${name}`, name, type: 'iam', root: false, groups: gs.map((g) => `g-${g}`), description, enabled: true, createTime: daysAgo(age) });
  }
  users.set('u-fed-carol', { id: 'u-fed-carol', name: 'carol', type: 'federate', root: false, groups: [], description: 'Federated via corporate SSO (Partner Co.)', enabled: true, createTime: daysAgo(35) });
  users.set('u-fed-diego', { id: 'u-fed-diego', name: 'diego', type: 'federate', root: false, groups: [], description: 'Federated via corporate SSO', enabled: true, createTime: daysAgo(33) });

  const agencies = new Map<string, AgencyRec>();
  for (const [id, name, age, description, delegate] of AGENCIES) {
    agencies.set(id, {
      id,
      name,
      delegate: delegate ?? 'op_svc_modelarts',
      duration: 'FOREVER',
      description: description ?? MODELARTS_AGENCY_DESCRIPTION,
      createTime: daysAgo(age),
    });
  }

  const { attachments, next } = seedGrants();
  const authorizations = seedAuthorizations(users);
  const workspaces = seedWorkspaces();

  return {
    domain: { ...DOMAIN },
    authMode: 'strict',
    workspaceEnabled: true,
    projects: [
      { id: PROJECT_NORTH, name: 'cn-north-4', description: 'CN North-Beijing4' },
      { id: PROJECT_EAST, name: 'cn-east-3', description: 'CN East-Shanghai1' },
    ],
    enterpriseProjects: [
      { id: EP_DEFAULT, name: 'default', description: 'Default enterprise project', status: 1, type: 'prod' },
      { id: EP_RESEARCH, name: 'research', description: 'Research and experimentation', status: 1, type: 'poc' },
      { id: EP_PRODUCTION, name: 'production', description: 'Production workloads', status: 1, type: 'prod' },
    ],
    users,
    groups,
    policies,
    attachments,
    agencies,
    authorizations,
    workspaces,
    nextAttachment: next,
  };
}
