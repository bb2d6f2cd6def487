/**
 * Cloud services the catalog knows, with their kind (docs/policy-semantics.md §3: global services are obs,
 * iam, eps, tms, cdn; every other service is project-level) and display names.
 * Sources: seed 001 (dependency tables), seed 003 (dependency system policies, Chinese names).
 */
import type { CatalogService, ServiceKind } from '../model';

/** Services whose permissions are region-less (docs/policy-semantics.md §3, docs/huawei-reference.md §4.7). */
export const GLOBAL_SERVICES = ['obs', 'iam', 'eps', 'tms', 'cdn'] as const;
export type GlobalService = (typeof GLOBAL_SERVICES)[number];

const GLOBAL_SET: ReadonlySet<string> = new Set(GLOBAL_SERVICES);

/** `project` unless the service is one of GLOBAL_SERVICES; compares case-insensitively. */
export function serviceKind(service: string): ServiceKind {
  return GLOBAL_SET.has(service.toLowerCase()) ? 'global' : 'project';
}

function service(id: string, name: string, nameZh: string): CatalogService {
  return { id, name, nameZh, kind: serviceKind(id) };
}

export const SERVICES: readonly CatalogService[] = [
  service('modelarts', 'ModelArts', 'AI开发平台ModelArts'),
  service('obs', 'Object Storage Service (OBS)', '对象存储服务OBS'),
  service('iam', 'Identity and Access Management (IAM)', '统一身份认证服务IAM'),
  service('eps', 'Enterprise Project Management Service (EPS)', '企业项目管理服务EPS'),
  service('tms', 'Tag Management Service (TMS)', '标签管理服务TMS'),
  service('cdn', 'Content Delivery Network (CDN)', '内容分发网络CDN'),
  service('bss', 'Billing Center (BSS)', '费用中心BSS'),
  service('ecs', 'Elastic Cloud Server (ECS)', '弹性云服务器ECS'),
  service('swr', 'SoftWare Repository for Container (SWR)', '容器镜像服务SWR'),
  service('sfsturbo', 'SFS Turbo', '弹性文件服务SFS Turbo'),
  service('sfs', 'Scalable File Service (SFS)', '弹性文件服务SFS'),
  service('smn', 'Simple Message Notification (SMN)', '消息通知服务SMN'),
  service('aom', 'Application Operations Management (AOM)', '应用运维管理AOM'),
  service('lts', 'Log Tank Service (LTS)', '云日志服务LTS'),
  service('ces', 'Cloud Eye (CES)', '云监控服务CES'),
  service('ief', 'Intelligent EdgeFabric (IEF)', '智能边缘平台IEF'),
  service('dli', 'Data Lake Insight (DLI)', '数据湖探索DLI'),
  service('mrs', 'MapReduce Service (MRS)', 'MapReduce服务MRS'),
  service('dws', 'GaussDB(DWS)', '数据仓库服务GaussDB(DWS)'),
  service('vpc', 'Virtual Private Cloud (VPC)', '虚拟私有云VPC'),
  service('vpcep', 'VPC Endpoint (VPCEP)', 'VPC终端节点VPCEP'),
  service('kms', 'Key Management Service (KMS)', '密钥管理服务KMS'),
  service('csms', 'Cloud Secret Management Service (CSMS)', '凭据管理服务CSMS'),
  service('cts', 'Cloud Trace Service (CTS)', '云审计服务CTS'),
  service('cce', 'Cloud Container Engine (CCE)', '云容器引擎CCE'),
  service('bms', 'Bare Metal Server (BMS)', '裸金属服务器BMS'),
  service('ims', 'Image Management Service (IMS)', '镜像服务IMS'),
  service('evs', 'Elastic Volume Service (EVS)', '云硬盘EVS'),
  service('dew', 'Data Encryption Workshop (DEW)', '数据加密服务DEW'),
];

const SERVICE_BY_ID: ReadonlyMap<string, CatalogService> = new Map(SERVICES.map((s) => [s.id, s]));

/** The catalog service with this id (case-insensitive), or undefined. */
export function findService(id: string): CatalogService | undefined {
  return SERVICE_BY_ID.get(id.toLowerCase());
}
