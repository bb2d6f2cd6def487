/**
 * The shapes of a prepared snapshot and its memos (prepareSnapshot builds them; the evaluators,
 * request-target and the bulk path read and fill them). Types only, importing none of the modules
 * that use them, so those modules depend on this file and never on each other in a cycle.
 */
import type { CompiledPolicySet, CompiledStatement } from '../compile/compiled-policy-set';
import type { ContextLookup } from '../evaluate/context-lookup';
import type {
  Scope,
  Snapshot,
  SnapshotAgency,
  SnapshotAuthorization,
  SnapshotPolicy,
  SnapshotUser,
  SnapshotWorkspace,
} from '../model';
import type { ActionFacts } from './action-facts';

export interface PreparedAttachment {
  policy: SnapshotPolicy;
  scope: Scope;
  /** The policy compiled on its own (shared across attachments of the same policy). */
  compiled: CompiledPolicySet;
}

/** The attachments of one group or agency, with a memo of their candidate statements per action. */
export interface AttachmentRun {
  attachments: readonly PreparedAttachment[];
  /** Memo: lower-case action → candidate statements, with their attachment's index in the run. */
  candidates: Map<string, readonly RunCandidate[]>;
  /** Memo: target key → which of the run's attachments cover [project-level, global] actions. */
  coverage: Map<string, Coverage>;
}

/** Which attachments cover a target: [for project-level actions, for global actions]. */
export type Coverage = readonly [readonly boolean[], readonly boolean[]];

export interface RunCandidate {
  index: number;
  statement: CompiledStatement;
}

/** The policies attached to a principal (a user's groups or an agency), in order. */
export interface PreparedPrincipal {
  attachments: readonly PreparedAttachment[];
  /** The same attachments as runs (one per group, shared by every member), with their offsets. */
  runs: readonly { offset: number; run: AttachmentRun }[];
  /** Memo: target key → which attachments cover [project-level, global] actions. */
  coverage: Map<string, Coverage>;
}

export interface PreparedSnapshot {
  readonly snapshot: Snapshot;
  /** Memo for derived request contexts per user and target key (see deriveContext). */
  readonly derivedContexts: WeakMap<SnapshotUser, Map<string, ContextLookup>>;
  /** Memo for resolved request targets (see resolveTarget). */
  readonly targets: TargetMemo;
  /** Memo of the bulk path: per action list and resource, each policy's answer per action. */
  readonly bulkTables: Map<string, BulkTable>;
  findUser(idOrName: string): SnapshotUser | undefined;
  isAdmin(user: SnapshotUser): boolean;
  findWorkspace(id: string): SnapshotWorkspace | undefined;
  projectName(id: string): string | undefined;
  findAgencyByName(name: string): SnapshotAgency | undefined;
  /**
   * The user's own agency authorization in the request's region project, else the all-users one
   * there: a row without `projectId` applies in every region, one with it only in that project.
   */
  findAuthorization(user: SnapshotUser, projectId: string | undefined): SnapshotAuthorization | undefined;
  userPolicies(user: SnapshotUser): PreparedPrincipal;
  agencyPolicies(agencyId: string): PreparedPrincipal;
}

export interface RequestTarget {
  /** Effective workspace id, or undefined when there is none. */
  workspaceId: string | undefined;
  workspace: SnapshotWorkspace | undefined;
  enterpriseProjectId: string;
  projectId: string | undefined;
  /** Project and enterprise project as one memo key. */
  key: string;
}

/** Memo of resolved targets, with the last one for a cheap repeat. */
export interface TargetMemo {
  byKey: Map<string, RequestTarget>;
  last: (TargetRequest & { target: RequestTarget }) | undefined;
}

export interface TargetRequest {
  projectId?: string;
  workspaceId?: string;
  enterpriseProjectId?: string;
}

/** Per action list and resource: the actions' facts and each policy's flags per action. */
export interface BulkTable {
  facts: readonly ActionFacts[];
  /** Non-strict mode allows the action (its service is ModelArts). */
  looseApplies: readonly boolean[];
  /** Policy → flags per action (FLAG_UNKNOWN until asked). */
  flags: Map<CompiledPolicySet, Uint8Array>;
  /** A group's or agency's run → the flag rows of its attachments. */
  runRows: Map<AttachmentRun, readonly Uint8Array[]>;
  /**
   * (action index, mode, admin, statements and condition pattern) → the lacking keys when the
   * verdict is Conditional, null when it is not (conditional-memo.ts): cells that agree on those
   * share one Conditional search.
   */
  conditional: Map<string, readonly string[] | null>;
  /**
   * Target key → principal → its fold per action (SEEN_* bits of evaluate-access-decisions.ts),
   * kept only when no condition read the user's context: any member's, in any mode.
   */
  folds: Map<string, Map<PreparedPrincipal, Uint8Array>>;
}

