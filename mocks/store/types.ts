/**
 * The mock backend's database: the snapshot collections (docs/snapshot-format.md) plus what the console
 * needs beyond them (creation times, descriptions, quotas, versions, workspace status, tokens).
 * Plain data only (Maps and arrays of plain objects) so IndexedDB can store it by structured clone.
 */
import type { CollectionReport } from '@/api/contracts/snapshot';
import type { AuthMode, PolicyDocument, Scope, WorkspaceAuthType } from '@/iam/model';

/** Keys of a snapshot record the format does not know; kept so a round trip loses nothing. */
export type Extra = Record<string, unknown>;

export interface ProjectRec {
  id: string;
  name: string;
  /** e.g. "CN North-Beijing4". */
  description: string;
  extra?: Extra;
}

export interface EnterpriseProjectRec {
  id: string;
  name: string;
  description: string;
  /** 1 enabled, 2 disabled. */
  status: 1 | 2;
  type: 'prod' | 'poc';
  extra?: Extra;
}

export interface UserRec {
  id: string;
  name: string;
  type: 'iam' | 'federate';
  root: boolean;
  groups: string[];
  description: string;
  enabled: boolean;
  createTime: number;
  extra?: Extra;
}

export interface GroupRec {
  id: string;
  name: string;
  description: string;
  createTime: number;
  extra?: Extra;
}

export interface PolicyRec {
  id: string;
  name: string;
  type: 'system' | 'custom';
  description: string;
  document: PolicyDocument;
  /** IAM role type: AX = global services, XA = project-level. */
  roleType: 'AX' | 'XA';
  /** Optimistic concurrency for PATCH. */
  version: number;
  createTime: number;
  updateTime: number;
  extra?: Extra;
}

export interface AttachmentRec {
  /** Role-assignment id (one per attachment; a multi-project attachment yields one assignment per project). */
  id: string;
  principal: { type: 'group' | 'agency'; id: string };
  policyId: string;
  scope: Scope;
}

export interface AgencyRec {
  id: string;
  name: string;
  /** trust_domain_name, e.g. "op_svc_modelarts". */
  delegate: string;
  /** "FOREVER", "ONEDAY" or hours as a string. */
  duration: string;
  description: string;
  createTime: number;
  /** When the validity period was last set, if after creation (the expiry counts from it). */
  durationFrom?: number;
  extra?: Extra;
}

export interface AuthorizationRec {
  /** The region project it belongs to: the service keeps authorizations per region. */
  projectId: string;
  /** IAM user id, federated user id/name, agency id (grant) or "all" (all users). */
  userId: string;
  userName: string | null;
  userType: 'iam' | 'federate' | 'grant' | 'all-users';
  type: 'agency' | 'credential';
  /** Agency name, or the access key for `credential`. */
  content: string;
  /** Stored, never returned and never exported. */
  secretKey?: string;
  createTime: number;
  /** Optimistic concurrency for PUT (absent in stores written before it existed: 1). */
  version?: number;
  extra?: Extra;
}

export interface QuotaRec {
  resource: string;
  quota: number;
  minQuota: number;
  maxQuota: number;
  usedQuota: number;
  nameEn: string;
  nameCn: string;
  unitEn: string;
  unitCn: string;
  updateTime: number;
}

export type WorkspaceStatus = 'CREATE_FAILED' | 'NORMAL' | 'DELETING' | 'DELETE_FAILED';

export interface WorkspaceRec {
  id: string;
  name: string;
  enterpriseProjectId: string;
  authType: WorkspaceAuthType;
  owner: string;
  grants: Array<{ userId: string }>;
  description: string;
  status: WorkspaceStatus;
  /** While DELETING: when it disappears (epoch ms). */
  deleteAt?: number;
  createTime: number;
  updateTime: number;
  version: number;
  quotas: QuotaRec[];
  extra?: Extra;
}

/** Everything the store holds; the unit of persistence, reset and import. */
export interface StoreState {
  domain: { id: string; name: string };
  authMode: AuthMode;
  workspaceEnabled: boolean;
  projects: ProjectRec[];
  enterpriseProjects: EnterpriseProjectRec[];
  users: Map<string, UserRec>;
  groups: Map<string, GroupRec>;
  policies: Map<string, PolicyRec>;
  attachments: Map<string, AttachmentRec>;
  agencies: Map<string, AgencyRec>;
  /** Keyed by `authorizationKey(projectId, userId)` ("all" for the all-users row). */
  authorizations: Map<string, AuthorizationRec>;
  workspaces: Map<string, WorkspaceRec>;
  /** Next number for generated role-assignment ids. */
  nextAttachment: number;
  /**
   * How an imported snapshot was collected from a real account (`npm run collect`), when it was:
   * kept until the next import or reset; `complete: false` makes the analyzer mark its answers.
   */
  collection?: CollectionReport;
}

/** The store key of an authorization: one row per region project and user ("all" = all users). */
export function authorizationKey(projectId: string, userKey: string): string {
  return `${projectId}\u0000${userKey}`;
}
