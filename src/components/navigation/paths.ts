/**
 * Every page's path, in one module: navigation never spells a path (lint forbids path literals
 * elsewhere in src). Builders encode ids. Links keep the `?workspace=` selection by passing the
 * current search along: `{ pathname: paths.user(id), search }`.
 */
const enc = encodeURIComponent;

export const paths = {
  home: '/',
  globalConfig: '/global-config',
  workspaces: '/workspaces',
  workspace: (id: string) => `/workspaces/${enc(id)}`,
  users: '/iam/users',
  user: (id: string) => `/iam/users/${enc(id)}`,
  groups: '/iam/groups',
  group: (id: string) => `/iam/groups/${enc(id)}`,
  /** A group opened on its Permissions tab. */
  groupPermissions: (id: string) => `/iam/groups/${enc(id)}?tab=permissions`,
  agencies: '/iam/agencies',
  agency: (id: string) => `/iam/agencies/${enc(id)}`,
  policies: '/iam/policies',
  newPolicy: '/iam/policies/new',
  policy: (id: string) => `/iam/policies/${enc(id)}`,
  /** A policy opened with one statement highlighted (1-based, as the editor shows it). */
  policyStatement: (id: string, statement: number) => `/iam/policies/${enc(id)}?statement=${statement}`,
  analyzer: '/analyzer',
  /** The console's own data (the router also redirects the former `/settings` here). */
  demoData: '/demo-data',
} as const;
