/** Seed 001 Table 1 (Basic configuration) and Table 2 (Managing workspaces). */
import type { Scenario } from '../../model';
import { ownActionsRow, TOKENS_ASSUME_ROW, userRow } from '../define-rows';

export const CONFIGURATION_SCENARIOS: Scenario[] = [
  {
    id: 'global-configuration',
    name: 'Basic configuration',
    nameZh: '基础配置',
    rows: [
      userRow(1, 'Global configuration · IAM', ['iam:users:listUsers']),
      userRow(1, 'Basic function · IAM', ['iam:tokens:assume']),
      userRow(1, 'Basic function · BSS', ['bss:balance:view']),
    ],
  },
  {
    id: 'workspace-management',
    name: 'Managing workspaces',
    nameZh: '管理工作空间',
    rows: [
      userRow(2, 'Workspace · IAM', ['iam:users:listUsers']),
      userRow(2, 'Workspace · ModelArts', ['modelarts:*:*delete*']),
      ownActionsRow('modelarts:workspace:*'),
      TOKENS_ASSUME_ROW,
    ],
  },
];
