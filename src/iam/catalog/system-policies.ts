/**
 * System-defined policies as Version 1.1 documents with stable ids.
 * Huawei does not publish the JSON of most of them (docs/huawei-reference.md §5.1, §8): each document is
 * the closest faithful reading of the published description, and says so where it is ours.
 * System policies are exempt from the project/global mixing rule (docs/policy-semantics.md §1).
 */
import type { PolicyDocument, ServiceKind, SystemPolicy } from '../model';
import { findService, SERVICES } from './services';

/** Every catalog service but IAM: what the "Exclude IAM" roles cover. */
const NON_IAM_SERVICES = SERVICES.map((s) => s.id).filter((id) => id !== 'iam');

function allow(...actions: string[]): PolicyDocument {
  return { Version: '1.1', Statement: [{ Effect: 'Allow', Action: actions }] };
}

interface PolicyInput {
  id: string;
  name: string;
  kind: ServiceKind;
  description: string;
  nameZh?: string;
  descriptionZh?: string;
  document: PolicyDocument;
  highPrivilege?: boolean;
}

function policy(input: PolicyInput): SystemPolicy {
  return { ...input, type: 'system' };
}

/** "<Service> FullAccess"-style policy: every action of one service (JSON not published; ours). */
function serviceAdmin(id: string, name: string, service: string, kind: ServiceKind, description: string): SystemPolicy {
  const descriptionZh = `${findService(service)?.nameZh ?? service}的所有权限。`;
  return policy({ id, name, kind, description, descriptionZh, document: allow(`${service}:*:*`) });
}

/**
 * ModelArts CommonOperations: all of ModelArts except dedicated resource pool management.
 * The first 19 actions are exactly the conformance snapshot's pol-ma-common; the rest are the
 * remaining non-pool resource types of docs/huawei-reference.md §5.2 (ours).
 */
const COMMON_OPERATIONS_ACTIONS = [
  'modelarts:notebook:*',
  'modelarts:trainJob:*',
  'modelarts:trainJobLog:*',
  'modelarts:trainJobVersion:*',
  'modelarts:aiAlgorithm:*',
  'modelarts:image:*',
  'modelarts:model:*',
  'modelarts:service:*',
  'modelarts:dataset:*',
  'modelarts:processTask:*',
  'modelarts:exemlProject:*',
  'modelarts:workflow:*',
  'modelarts:workspace:get',
  'modelarts:workspace:list',
  'modelarts:workspace:getQuotas',
  'modelarts:pool:list',
  'modelarts:pool:get',
  'modelarts:tag:list',
  'modelarts:network:get',
  'modelarts:trainJobInnerModel:*',
  'modelarts:trainConfig:*',
  'modelarts:tensorboard:*',
  'modelarts:sample:*',
  'modelarts:exemlProjectInf:*',
  'modelarts:exemlProjectTrain:*',
  'modelarts:exemlProjectVersion:*',
];

export const SYSTEM_POLICIES: readonly SystemPolicy[] = [
  policy({
    id: 'sys-modelarts-fullaccess',
    name: 'ModelArts FullAccess',
    kind: 'project',
    description: 'Administrator permissions for ModelArts: every ModelArts operation.',
    descriptionZh: 'ModelArts管理员用户，拥有所有ModelArts服务的权限。',
    // JSON not published (docs/huawei-reference.md §5.1): all ModelArts actions (ours).
    document: allow('modelarts:*:*'),
  }),
  policy({
    id: 'sys-modelarts-commonoperations',
    name: 'ModelArts CommonOperations',
    kind: 'project',
    description: 'Common user permissions for ModelArts: use every function except dedicated resource pool management.',
    descriptionZh: 'ModelArts操作用户，拥有所有ModelArts服务操作权限除了管理专属资源池的权限。',
    document: allow(...COMMON_OPERATIONS_ACTIONS),
  }),
  policy({
    id: 'sys-modelarts-dependency-access',
    name: 'ModelArts Dependency Access',
    kind: 'project',
    description: 'Permissions of the services ModelArts commonly depends on.',
    descriptionZh: 'ModelArts服务的常用依赖服务的权限。',
    // Not published anywhere (docs/huawei-reference.md §8). Ours: the read/list and basic dependencies of
    // seed 001 tables 1–9, project-level services first, then the global ones (system
    // policies may mix kinds).
    document: {
      Version: '1.1',
      Statement: [
        {
          Effect: 'Allow',
          Action: [
            'bss:balance:view',
            'ecs:availabilityZones:list',
            'ecs:serverKeypairs:list',
            'ecs:serverKeypairs:get',
            'swr:repository:listRepositories',
            'swr:repository:getRepository',
            'swr:repository:listTags',
            'sfsturbo:shares:getShare',
            'sfsturbo:shares:getAllShares',
            'smn:topic:list',
            'smn:topic:publish',
            'aom:metric:get',
            'aom:metric:list',
            'aom:alarm:list',
            'lts:logs:list',
            'ces:metricData:list',
            'vpc:vpcs:list',
            'vpc:vpcs:get',
            'vpc:subnets:get',
          ],
        },
        {
          Effect: 'Allow',
          Action: [
            'iam:users:listUsers',
            'iam:projects:listProjects',
            'iam:agencies:listAgencies',
            'iam:agencies:getAgency',
            'iam:credentials:listCredentials',
            'iam:tokens:assume',
            'eps:enterpriseProjects:list',
            'obs:bucket:ListAllMyBuckets',
            'obs:bucket:HeadBucket',
            'obs:bucket:ListBucket',
            'obs:bucket:GetBucketLocation',
          ],
        },
      ],
    },
  }),
  policy({
    id: 'sys-obs-administrator',
    name: 'OBS Administrator',
    kind: 'global',
    description: 'Full permissions for OBS: every bucket and object operation.',
    descriptionZh: '对象存储服务管理员，拥有该服务下的所有权限。',
    document: allow('obs:*:*'),
  }),
  policy({
    id: 'sys-obs-operateaccess',
    name: 'OBS OperateAccess',
    kind: 'global',
    description: 'Basic OBS operations: list buckets, read bucket metadata, list, upload, download and delete objects, read object ACLs.',
    descriptionZh: '对象存储服务基本操作权限：列举桶、获取桶元数据、列举对象、上传、下载、删除对象、获取对象ACL。',
    // JSON not published: the published description, action by action (ours).
    document: allow(
      'obs:bucket:ListAllMyBuckets',
      'obs:bucket:HeadBucket',
      'obs:bucket:ListBucket',
      'obs:bucket:GetBucketLocation',
      'obs:object:GetObject',
      'obs:object:GetObjectVersion',
      'obs:object:PutObject',
      'obs:object:DeleteObject',
      'obs:object:DeleteObjectVersion',
      'obs:object:ListMultipartUploadParts',
      'obs:object:AbortMultipartUpload',
      'obs:object:GetObjectAcl',
      'obs:object:GetObjectVersionAcl',
    ),
  }),
  policy({
    id: 'sys-obs-readonlyaccess',
    name: 'OBS ReadOnlyAccess',
    kind: 'global',
    description: 'Read-only OBS access: list buckets and objects, read bucket and object information.',
    descriptionZh: '对象存储服务只读权限。',
    // JSON not published: Huawei's usual read-only shape (get/list/head) for OBS (ours).
    document: allow('obs:*:Get*', 'obs:*:List*', 'obs:*:Head*'),
  }),
  policy({
    id: 'sys-tenant-administrator',
    name: 'Tenant Administrator',
    kind: 'project',
    description: 'Tenant Administrator (Exclude IAM): every operation on every service except IAM.',
    descriptionZh: '租户管理员（不包括统一身份认证服务）。',
    // A Version 1.0 role in IAM. Its published meaning is "all services except IAM"; 1.1 has no
    // NotAction. A Deny iam:*:* would take IAM rights that other policies grant (reporting less
    // access than IAM, docs/policy-semantics.md §3), so the closest faithful document allows every catalog
    // service except IAM by name (ours).
    document: allow(...NON_IAM_SERVICES.map((svc) => `${svc}:*:*`)),
    highPrivilege: true,
  }),
  policy({
    id: 'sys-tenant-guest',
    name: 'Tenant Guest',
    kind: 'project',
    description: 'Read-only access to every service except IAM.',
    descriptionZh: '租户只读权限（不包括统一身份认证服务）。',
    // A Version 1.0 role: read-only everywhere except IAM. Closest 1.1 form, without a Deny
    // that would take IAM rights granted elsewhere (ours).
    document: allow(...NON_IAM_SERVICES.flatMap((svc) => ['get*', 'list*', 'head*', 'view*'].map((op) => `${svc}:*:${op}`))),
  }),
  policy({
    id: 'sys-security-administrator',
    name: 'Security Administrator',
    kind: 'global',
    description: 'IAM administrator: manage users, groups, agencies and permissions.',
    descriptionZh: '统一身份认证服务（除切换角色外）所有执行权限。',
    // A Version 1.0 role in IAM; closest 1.1 form: every IAM action (ours). Marked high
    // privilege because its holder can grant itself anything.
    document: allow('iam:*:*'),
    highPrivilege: true,
  }),
  policy({
    id: 'sys-iam-readonlyaccess',
    name: 'IAM ReadOnlyAccess',
    kind: 'global',
    description: 'Read-only access to IAM: view users, groups, agencies, projects and policies.',
    descriptionZh: '统一身份认证服务只读权限。',
    document: allow('iam:*:get*', 'iam:*:list*', 'iam:*:check*'),
  }),
  // Seed 001 calls it "SWR Admin".
  serviceAdmin('sys-swr-administrator', 'SWR Administrator', 'swr', 'project', 'Full permissions for SoftWare Repository for Container (SWR).'),
  serviceAdmin('sys-sfsturbo-fullaccess', 'SFS Turbo FullAccess', 'sfsturbo', 'project', 'Full permissions for SFS Turbo file systems.'),
  serviceAdmin('sys-ecs-fullaccess', 'ECS FullAccess', 'ecs', 'project', 'Full permissions for Elastic Cloud Server.'),
  serviceAdmin('sys-vpc-fullaccess', 'VPC FullAccess', 'vpc', 'project', 'Full permissions for Virtual Private Cloud.'),
  serviceAdmin('sys-lts-fullaccess', 'LTS FullAccess', 'lts', 'project', 'Full permissions for Log Tank Service.'),
  serviceAdmin('sys-aom-fullaccess', 'AOM FullAccess', 'aom', 'project', 'Full permissions for Application Operations Management.'),
  serviceAdmin('sys-smn-administrator', 'SMN Administrator', 'smn', 'project', 'Full permissions for Simple Message Notification.'),
  serviceAdmin('sys-bss-administrator', 'BSS Administrator', 'bss', 'project', 'Full permissions for the Billing Center (view and pay orders, renew, unsubscribe).'),
  serviceAdmin('sys-eps-fullaccess', 'EPS FullAccess', 'eps', 'global', 'Full permissions for Enterprise Project Management.'),
  serviceAdmin('sys-tms-fullaccess', 'TMS FullAccess', 'tms', 'global', 'Full permissions for Tag Management Service.'),
  serviceAdmin('sys-dli-fullaccess', 'DLI FullAccess', 'dli', 'project', 'Full permissions for Data Lake Insight.'),
  serviceAdmin('sys-mrs-administrator', 'MRS Administrator', 'mrs', 'project', 'Full permissions for MapReduce Service.'),
  serviceAdmin('sys-dws-administrator', 'DWS Administrator', 'dws', 'project', 'Full permissions for GaussDB(DWS).'),
  serviceAdmin('sys-cts-administrator', 'CTS Administrator', 'cts', 'project', 'Full permissions for Cloud Trace Service.'),
  serviceAdmin('sys-kms-cmkfullaccess', 'KMS CMKFullAccess', 'kms', 'project', 'Full permissions for customer master keys in KMS.'),
  serviceAdmin('sys-evs-fullaccess', 'EVS FullAccess', 'evs', 'project', 'Full permissions for Elastic Volume Service.'),
];

/** The Add Authorization "Common User" preset (docs/huawei-reference.md §2). */
export const COMMON_USER_POLICY_IDS: readonly string[] = [
  'sys-modelarts-commonoperations',
  'sys-tenant-administrator',
  'sys-obs-administrator',
  'sys-ecs-fullaccess',
  'sys-swr-administrator',
];

const BY_ID: ReadonlyMap<string, SystemPolicy> = new Map(SYSTEM_POLICIES.map((p) => [p.id, p]));
const BY_NAME: ReadonlyMap<string, SystemPolicy> = new Map(SYSTEM_POLICIES.map((p) => [p.name.toLowerCase(), p]));

/** A system policy by id or by display name (case-insensitive; "SWR Admin" = SWR Administrator). */
export function findSystemPolicy(idOrName: string): SystemPolicy | undefined {
  const lower = idOrName.toLowerCase();
  if (lower === 'swr admin') return BY_ID.get('sys-swr-administrator');
  return BY_ID.get(idOrName) ?? BY_NAME.get(lower);
}
