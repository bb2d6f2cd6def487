/** Seed 001 Table 9 (Managing resources) with Table 14 (agency, dedicated resource pools). */
import type { Scenario } from '../../model';
import { agencyRow, ownActionsRow, TOKENS_ASSUME_ROW, userRow } from '../define-rows';

const BSS_RESOURCE_POOL_ACTIONS = [
  'bss:coupon:view',
  'bss:order:view',
  'bss:balance:view',
  'bss:discount:view',
  'bss:renewal:view',
  'bss:bill:view',
  'bss:contract:update',
  'bss:order:pay',
  'bss:unsubscribe:update',
  'bss:renewal:update',
  'bss:order:update',
];

const VPC_NETWORK_ACTIONS = [
  'vpc:routes:create',
  'vpc:routes:list',
  'vpc:routes:get',
  'vpc:routes:delete',
  'vpc:peerings:create',
  'vpc:peerings:accept',
  'vpc:peerings:get',
  'vpc:peerings:delete',
  'vpc:routeTables:update',
  'vpc:routeTables:get',
  'vpc:routeTables:list',
  'vpc:vpcs:create',
  'vpc:vpcs:list',
  'vpc:vpcs:get',
  'vpc:vpcs:delete',
  'vpc:subnets:create',
  'vpc:subnets:get',
  'vpc:subnets:delete',
  'vpcep:endpoints:list',
  'vpcep:endpoints:create',
  'vpcep:endpoints:delete',
  'vpcep:endpoints:get',
  'vpc:ports:create',
  'vpc:ports:get',
  'vpc:ports:update',
  'vpc:ports:delete',
  'vpc:networks:create',
  'vpc:networks:get',
  'vpc:networks:update',
  'vpc:networks:delete',
];

const SFS_TURBO_NIC_ACTIONS = [
  'sfsturbo:shares:addShareNic',
  'sfsturbo:shares:deleteShareNic',
  'sfsturbo:shares:showShareNic',
  'sfsturbo:shares:listShareNics',
];

// Tables 9 and 14 list the same BSS, VPC and SFS Turbo actions row for row.
export const RESOURCE_SCENARIOS: Scenario[] = [
  {
    id: 'resource-pool-management',
    name: 'Managing resource pools',
    nameZh: '管理资源池',
    rows: [
      userRow(9, 'Managing resource pools · BSS', [...BSS_RESOURCE_POOL_ACTIONS]),
      userRow(9, 'Managing resource pools · ECS', ['ecs:availabilityZones:list']),
      ownActionsRow('modelarts:pool:*'),
      TOKENS_ASSUME_ROW,
      agencyRow(14, 'Managing resource pools · BSS', [...BSS_RESOURCE_POOL_ACTIONS]),
      agencyRow(14, 'Managing resource pools · ECS', ['ecs:availabilityZones:list']),
    ],
  },
  {
    id: 'network-management',
    name: 'Network management',
    nameZh: '网络管理',
    rows: [
      userRow(9, 'Network management · VPC', [...VPC_NETWORK_ACTIONS]),
      userRow(9, 'Network management · SFS Turbo', [...SFS_TURBO_NIC_ACTIONS], { feature: 'sfs-turbo' }),
      ownActionsRow('modelarts:network:*'),
      TOKENS_ASSUME_ROW,
      agencyRow(14, 'Network management (New version) · VPC', [...VPC_NETWORK_ACTIONS]),
      agencyRow(14, 'SFS Turbo · SFS Turbo', [...SFS_TURBO_NIC_ACTIONS], { feature: 'sfs-turbo' }),
    ],
  },
  {
    id: 'edge-resource-pool',
    name: 'Edge resource pool',
    nameZh: '边缘资源池',
    rows: [
      userRow(9, 'Edge resource pool · IEF', [
        'ief:node:list',
        'ief:group:get',
        'ief:application:list',
        'ief:application:get',
        'ief:node:listNodeCert',
        'ief:node:get',
        'ief:IEFInstance:get',
        'ief:deployment:list',
        'ief:group:listGroupInstanceState',
        'ief:IEFInstance:list',
        'ief:deployment:get',
        'ief:group:list',
      ]),
      TOKENS_ASSUME_ROW,
    ],
  },
];
