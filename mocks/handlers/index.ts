/** Every mock handler, composed for msw/node (tests) and the service worker (browser). */
import { authHandlers } from '../auth';
import { agencyHandlers } from './agencies';
import { authModeHandlers } from './auth-mode';
import { authorizationHandlers } from './authorizations';
import { grantHandlers } from './grants';
import { groupHandlers } from './groups';
import { huaweiRoleHandlers } from './huawei-roles';
import { mockHandlers } from './mock';
import { projectHandlers } from './projects';
import { roleHandlers } from './roles';
import { unknownApiHandlers } from './unknown';
import { userHandlers } from './users';
import { workspaceHandlers } from './workspaces';

export const handlers = [
  ...mockHandlers,
  ...authHandlers,
  ...authorizationHandlers,
  ...authModeHandlers,
  ...workspaceHandlers,
  ...userHandlers,
  ...groupHandlers,
  ...roleHandlers,
  ...huaweiRoleHandlers,
  ...grantHandlers,
  ...agencyHandlers,
  ...projectHandlers,
  // Last: only what no handler above answers.
  ...unknownApiHandlers,
];
