/**
 * Actions of the other services ModelArts depends on: seed 001 tables 1–14 (BSS, ECS, SWR,
 * SFS Turbo, SMN, AOM, LTS, CES, IEF, DLI, MRS, DWS, VPC, VPCEP) and docs/huawei-reference.md §5.4 (EPS).
 * Seed 001 spells both `ief:IEFInstance:list` and `ief:iefInstance:list`: one entry.
 * supportsResources: true only where Huawei documents resource-level authorization for the
 * service (SWR repositories, SMN topics, DLI queues/databases); our best judgement.
 */
import type { CatalogAction } from '../model';
import { defineActions } from './define-actions';

const BSS = defineActions({
  service: 'bss',
  supportsResources: false,
  resources: {
    balance: [['view', 'View the account balance.']],
    coupon: [['view', 'View coupons.']],
    order: [
      ['view', 'View orders.'],
      ['pay', 'Pay for orders.'],
      ['update', 'Modify orders.'],
    ],
    discount: [['view', 'View discounts.']],
    renewal: [
      ['view', 'View renewals.'],
      ['update', 'Renew resources.'],
    ],
    bill: [['view', 'View bills.']],
    contract: [['update', 'Modify contracts.']],
    unsubscribe: [['update', 'Unsubscribe from resources.']],
  },
});

const ECS = defineActions({
  service: 'ecs',
  supportsResources: false,
  resources: {
    serverKeypairs: [
      ['list', 'List SSH key pairs.'],
      ['get', 'View an SSH key pair.'],
      ['create', 'Create an SSH key pair.'],
      ['delete', 'Delete an SSH key pair.'],
    ],
    availabilityZones: [['list', 'List availability zones.']],
  },
});

const SWR = defineActions({
  service: 'swr',
  supportsResources: true,
  resources: {
    repository: [
      ['listRepositories', 'List image repositories.'],
      ['getRepository', 'View an image repository.'],
      ['listTags', 'List the tags of an image repository.'],
      ['deleteRepository', 'Delete an image repository.'],
      ['deleteTag', 'Delete an image tag.'],
    ],
  },
});

const SFS_TURBO = defineActions({
  service: 'sfsturbo',
  supportsResources: false,
  resources: {
    shares: [
      ['getShare', 'View an SFS Turbo file system.', 'Read'],
      ['getAllShares', 'List SFS Turbo file systems.', 'List'],
      ['addShareNic', 'Connect an SFS Turbo file system to a network.'],
      ['deleteShareNic', 'Disconnect an SFS Turbo file system from a network.'],
      ['showShareNic', 'View a network connection of an SFS Turbo file system.', 'Read'],
      ['listShareNics', 'List the network connections of an SFS Turbo file system.'],
    ],
  },
});

const SMN = defineActions({
  service: 'smn',
  supportsResources: true,
  resources: {
    topic: [
      ['publish', 'Publish a message to a topic.'],
      ['list', 'List topics.'],
    ],
  },
});

const AOM = defineActions({
  service: 'aom',
  supportsResources: false,
  resources: {
    metric: [
      ['get', 'View metrics.'],
      ['list', 'List metrics.'],
    ],
    alarm: [
      ['list', 'List alarms.'],
      ['put', 'Report alarms and events.'],
    ],
  },
});

const LTS = defineActions({
  service: 'lts',
  supportsResources: false,
  resources: {
    logs: [['list', 'List logs.']],
    groups: [
      ['create', 'Create a log group.'],
      ['list', 'List log groups.'],
    ],
    topics: [
      ['create', 'Create a log stream.'],
      ['delete', 'Delete a log stream.'],
      ['list', 'List log streams.'],
    ],
  },
});

const CES = defineActions({
  service: 'ces',
  supportsResources: false,
  resources: { metricData: [['list', 'View metric data.']] },
});

const IEF = defineActions({
  service: 'ief',
  supportsResources: false,
  resources: {
    deployment: [
      ['list', 'List edge deployments.'],
      ['get', 'View an edge deployment.'],
      ['create', 'Create an edge deployment.'],
      ['update', 'Update an edge deployment.'],
      ['delete', 'Delete an edge deployment.'],
    ],
    node: [
      ['list', 'List edge nodes.'],
      ['get', 'View an edge node.'],
      ['listNodeCert', 'List the certificates of an edge node.'],
      ['createNodeCert', 'Create a certificate for an edge node.'],
    ],
    group: [
      ['list', 'List edge node groups.'],
      ['get', 'View an edge node group.'],
      ['listGroupInstanceState', 'View the instance states of an edge node group.'],
    ],
    application: [
      ['list', 'List edge applications.'],
      ['get', 'View an edge application.'],
    ],
    IEFInstance: [
      ['list', 'List IEF instances.'],
      ['get', 'View an IEF instance.'],
    ],
  },
});

const DLI = defineActions({
  service: 'dli',
  supportsResources: true,
  resources: {
    jobs: [
      ['get', 'View a DLI job.'],
      ['list_all', 'List DLI jobs.', 'List'],
      ['create', 'Create a DLI job.'],
    ],
    database: [
      ['displayAllDatabases', 'List DLI databases.'],
      ['displayAllTables', 'List the tables of a DLI database.'],
    ],
    table: [['describe_table', 'View a DLI table.']],
  },
});

const MRS = defineActions({
  service: 'mrs',
  supportsResources: false,
  resources: {
    job: [
      ['get', 'View an MRS job.'],
      ['submit', 'Create and run an MRS job.'],
      ['list', 'List MRS jobs.'],
      ['stop', 'Stop an MRS job.'],
      ['batchDelete', 'Delete MRS jobs in batch.'],
    ],
    file: [['list', 'List files.']],
    cluster: [
      ['list', 'List MRS clusters.'],
      ['get', 'View an MRS cluster.'],
    ],
  },
});

const DWS = defineActions({
  service: 'dws',
  supportsResources: false,
  resources: {
    openAPICluster: [
      ['list', 'List GaussDB(DWS) clusters.'],
      ['getDetail', 'View a GaussDB(DWS) cluster.'],
    ],
  },
});

const crud = (noun: string, ops: readonly string[]) =>
  ops.map((op) => [op, `${op[0]!.toUpperCase()}${op.slice(1)} ${op === 'list' ? `${noun}s` : `a ${noun}`}.`] as const);

const VPC = defineActions({
  service: 'vpc',
  supportsResources: false,
  resources: {
    routes: crud('route', ['create', 'list', 'get', 'delete']),
    peerings: [...crud('VPC peering connection', ['create', 'get', 'delete']), ['accept', 'Accept a VPC peering connection.']],
    routeTables: crud('route table', ['update', 'get', 'list']),
    vpcs: crud('VPC', ['create', 'list', 'get', 'delete']),
    subnets: crud('subnet', ['create', 'get', 'delete']),
    ports: crud('port', ['create', 'get', 'update', 'delete']),
    networks: crud('network', ['create', 'get', 'update', 'delete']),
  },
});

const VPCEP = defineActions({
  service: 'vpcep',
  supportsResources: false,
  resources: { endpoints: crud('VPC endpoint', ['list', 'create', 'delete', 'get']) },
});

const EPS = defineActions({
  service: 'eps',
  supportsResources: false,
  resources: { enterpriseProjects: [['list', 'List enterprise projects (workspace APIs depend on it).']] },
});

export const DEPENDENCY_ACTIONS: readonly CatalogAction[] = [
  ...BSS, ...ECS, ...SWR, ...SFS_TURBO, ...SMN, ...AOM, ...LTS, ...CES, ...IEF, ...DLI, ...MRS, ...DWS, ...VPC, ...VPCEP, ...EPS,
];
