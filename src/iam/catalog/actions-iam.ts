/**
 * IAM actions: seed 001 tables 1, 3, 4, 5, 8 and docs/huawei-reference.md §3.4 / §5.4 (dependencies of
 * ModelArts authorization). Agency, role and grant management is "Permission management".
 * Spellings are as the sources give them (`iam:groups:list` beside `iam:users:listUsers`).
 */
import { defineActions } from './define-actions';

export const IAM_ACTIONS = defineActions({
  service: 'iam',
  supportsResources: false,
  resources: {
    users: [
      ['listUsers', 'List IAM users.', 'List'],
      ['list', 'List IAM users (alias used by ModelArts authorization).', 'List'],
    ],
    groups: [['list', 'List user groups.', 'List']],
    tokens: [['assume', 'Obtain temporary credentials of an agency (use an agency).', 'Write']],
    credentials: [['listCredentials', 'List access keys.', 'List']],
    projects: [['listProjects', 'List IAM projects.', 'List']],
    quotas: [
      ['listQuotasForProject', 'View the IAM quotas of a project.', 'List'],
      ['listForProject', 'View the IAM quotas of a project (ModelArts agency creation).', 'List'],
    ],
    agencies: [
      ['listAgencies', 'List agencies.', 'List'],
      ['getAgency', 'View an agency.', 'Read'],
      ['createAgency', 'Create an agency.', 'Permission management'],
      ['create', 'Create an agency (IAM 5.0 spelling, used by ModelArts agency creation).', 'Permission management'],
      ['grantRole', 'Grant a role or policy to an agency.', 'Permission management'],
    ],
    roles: [['create', 'Create a custom policy.', 'Permission management']],
  },
});
