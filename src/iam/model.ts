/**
 * Engine model: the shared types of the policy engine (docs/policy-semantics.md, docs/snapshot-format.md).
 * Pure types and `as const` code lists; no behaviour.
 */

// ---------- Policy documents (IAM Version 1.1) ----------
export type ConditionBlock = Record<string, Record<string, unknown>>;

export interface Statement {
  Effect: string;
  Action: string | string[];
  Resource?: string | string[];
  Condition?: ConditionBlock;
  [extra: string]: unknown;
}

export interface PolicyDocument {
  Version: string;
  Statement: Statement[];
}

// ---------- Findings (parse + validate) ----------
export const SEVERITIES = ['error', 'security', 'warning', 'suggestion'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  /** JSON pointer into the document, '' for the root. */
  path: string;
  /** 1-based line and column; 1/1 when no text position is known. */
  line: number;
  column: number;
  /** Optional extra data, e.g. a "did you mean" suggestion. */
  suggestion?: string;
  /**
   * The dynamic values `message` interpolates, so a UI can word the finding in another language
   * (the i18n `findings` namespace has a template per code). User values are quoted and shortened
   * as in the message (`"modelarts:notebook:lst"`); limits and counts are numbers. `variant`, when
   * present, names which wording of the code the message uses (e.g. `suggest` when it ends with
   * "Did you mean …?"); a translation selects it as its context (`<code>_<variant>`).
   * Every finding the engine reports carries params (`{}` when the message has no values).
   */
  params?: FindingParams;
}

/** Values of a finding's message, by name (see Finding.params). */
export type FindingParams = Record<string, string | number>;

// ---------- Catalog ----------
export const ACCESS_LEVELS = ['List', 'Read', 'Write', 'Permission management'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];
export type ServiceKind = 'project' | 'global';

export interface CatalogService {
  /** lower-case service prefix, e.g. "modelarts". */
  id: string;
  name: string;
  kind: ServiceKind;
  /** Chinese display name, e.g. "AI开发平台ModelArts". */
  nameZh?: string;
}

export interface CatalogAction {
  /** As the seeds spell it, e.g. "obs:bucket:ListAllMyBuckets". */
  action: string;
  service: string;
  resourceType: string;
  operation: string;
  level: AccessLevel;
  description: string;
  /** Whether the action accepts Resource paths (ModelArts: never). */
  supportsResources: boolean;
}

/** A preset (system-defined) policy of the catalog. */
export interface SystemPolicy {
  /** Stable id, e.g. "sys-modelarts-fullaccess". */
  id: string;
  /** As the console lists it, e.g. "ModelArts FullAccess". */
  name: string;
  nameZh?: string;
  type: 'system';
  /** Project-level or global service policy (the scope it is attached with). */
  kind: ServiceKind;
  description: string;
  descriptionZh?: string;
  document: PolicyDocument;
  /** Grants (almost) everything: the console warns before attaching it. */
  highPrivilege?: boolean;
}

export const CONDITION_KEY_TYPES = ['string', 'number', 'date', 'bool', 'ip', 'list'] as const;
export type ConditionKeyType = (typeof CONDITION_KEY_TYPES)[number];

/** A known condition key (docs/policy-semantics.md §1 global keys, or a service key such as modelarts:poolType). */
export interface ConditionKeySpec {
  /** As documented, e.g. "g:UserName"; for a prefix key the part before the tag name, e.g. "g:ResourceTag/". */
  key: string;
  type: ConditionKeyType;
  description: string;
  /** The key takes a suffix (`g:ResourceTag/<k>`). */
  prefix?: boolean;
  /** The request may carry several values (`g:TagKeys`): use ForAnyValue / ForAllValues. */
  multiValued?: boolean;
}

// ---------- Pure evaluation (docs/policy-semantics.md §2) ----------
export const DECISIONS = ['allow', 'explicit_deny', 'implicit_deny'] as const;
export type Decision = (typeof DECISIONS)[number];

export type ContextValue = string | number | boolean | null | Array<string | number | boolean>;
export type RequestContext = Record<string, ContextValue | undefined>;

export interface PolicyRequest {
  action: string;
  resource?: string;
  context?: RequestContext;
}

export const STATEMENT_REASONS = [
  'applies',
  'action_mismatch',
  'resource_mismatch',
  'condition_failed',
  'condition_key_missing',
] as const;
export type StatementReason = (typeof STATEMENT_REASONS)[number];

/** Identifies one statement of one policy in a compiled set. */
export interface StatementRef {
  policyIndex: number;
  /** The policy id when the caller gave one (access evaluation), else undefined. */
  policyId?: string;
  policyName?: string;
  statementIndex: number;
  effect: 'Allow' | 'Deny';
}

export interface ConditionFailure {
  operator: string;
  key: string;
  requestValue: ContextValue | undefined;
  policyValues: unknown[];
  /** Plain-language reason, e.g. "a list needs ForAnyValue or ForAllValues". */
  note?: string;
}

export interface StatementExplain extends StatementRef {
  reason: StatementReason;
  condition?: ConditionFailure;
}

export interface PolicyResult {
  decision: Decision;
  statements: StatementRef[];
  missingContextKeys: string[];
  explain?: StatementExplain[];
}

// ---------- Organisation snapshot (docs/snapshot-format.md) ----------
export type ScopeType = 'all' | 'global' | 'projects' | 'enterpriseProjects';
export type Scope =
  | { type: 'all' }
  | { type: 'global' }
  | { type: 'projects'; ids: string[] }
  | { type: 'enterpriseProjects'; ids: string[] };

export type AuthMode = 'strict' | 'loose';
export type WorkspaceAuthType = 'PUBLIC' | 'PRIVATE' | 'INTERNAL';

export interface SnapshotUser {
  id: string;
  name: string;
  type: 'iam' | 'federate';
  root?: boolean;
  groups: string[];
  [extra: string]: unknown;
}
export interface SnapshotGroup { id: string; name: string; [extra: string]: unknown }
export interface SnapshotPolicy {
  id: string;
  name: string;
  type: 'system' | 'custom';
  description?: string;
  document: PolicyDocument;
  [extra: string]: unknown;
}
export interface SnapshotAttachment {
  principal: { type: 'group' | 'agency'; id: string };
  policyId: string;
  scope: Scope;
}
export interface SnapshotAgency {
  id: string;
  name: string;
  delegate?: string;
  duration?: string;
  description?: string;
  [extra: string]: unknown;
}
export interface SnapshotAuthorization {
  userId: string;
  userName?: string | null;
  userType: 'iam' | 'federate' | 'grant' | 'all-users';
  type: 'agency' | 'credential';
  content: string;
  createTime?: number;
  /**
   * The region project the authorization belongs to (the service keeps them per region): it
   * gives the user an agency only for requests in that project. Absent = every region.
   */
  projectId?: string;
  [extra: string]: unknown;
}
export interface SnapshotWorkspace {
  id: string;
  name: string;
  enterpriseProjectId: string;
  authType: WorkspaceAuthType;
  owner: string;
  grants: Array<{ userId: string }>;
  description?: string;
  [extra: string]: unknown;
}
export interface Snapshot {
  format: 'modelarts-console-snapshot';
  /** 2 adds `projectId` to authorizations; the engine reads both. */
  version: 1 | 2;
  domain: { id: string; name: string };
  authMode: AuthMode;
  workspaceEnabled: boolean;
  projects: Array<{ id: string; name: string }>;
  enterpriseProjects: Array<{ id: string; name: string }>;
  users: SnapshotUser[];
  groups: SnapshotGroup[];
  policies: SnapshotPolicy[];
  attachments: SnapshotAttachment[];
  agencies: SnapshotAgency[];
  authorizations: SnapshotAuthorization[];
  workspaces: SnapshotWorkspace[];
}

// ---------- Access in an organisation (docs/policy-semantics.md §3) ----------
export const ACCESS_REASONS = [
  'root',
  'admin_group',
  'allowed_by_policy',
  'loose_mode',
  'denied_by_policy',
  'no_matching_allow',
  'out_of_scope',
  'workspace_not_authorized',
  'no_agency',
  'unknown_user',
] as const;
export type AccessReason = (typeof ACCESS_REASONS)[number];
export type BlockedBy = 'identity' | 'workspace' | 'agency';

export interface AccessRequest {
  /** A user's id or name. */
  user: string;
  action: string;
  projectId?: string;
  workspaceId?: string;
  enterpriseProjectId?: string;
  resource?: string;
  context?: RequestContext;
  /** Evaluate in this mode instead of the snapshot's (analyzer "what if"). */
  authMode?: AuthMode;
}

/**
 * One sentence of an access explanation as a code and the values it interpolates (the same
 * conventions as Finding.params): names of users, policies, workspaces, agencies and condition
 * keys are quoted as in the sentence (`"alice"`); an action is as written. A list of names
 * (`policies`, `keys`) is its quoted items joined by EXPLANATION_LIST_SEPARATOR (U+0000), so that
 * each language joins them its own way (English `"a", "b" and "c"`, Chinese `"a"、"b"、"c"`).
 * `variant`, when present, names the wording of the code (`<code>_<variant>` template).
 */
export interface ExplanationPart {
  code: string;
  params: FindingParams;
}

/** Separates the items of a list param of an ExplanationPart. */
export const EXPLANATION_LIST_SEPARATOR = '\u0000';

/**
 * A decision that values for context keys the request lacks could change (docs/policy-semantics.md,
 * "Conditional"): the console shows it as Conditional, neither Allowed nor Denied.
 */
export interface ConditionalResult {
  /** The lacking keys the statements read, as the policies spell them. */
  keys: string[];
  /** The statements (of the user's covered attachments, action and resource matching) that read them. */
  statements: StatementRef[];
  /**
   * Values for some of `keys` under which the decision is different (a proof); absent only when
   * the combinations were too many to search, and the result is Conditional on caution.
   */
  example?: RequestContext;
  /** The decision with `example` added to the request's context. */
  exampleDecision?: Decision;
}

export interface AccessResult {
  decision: Decision;
  reason: AccessReason;
  blockedBy?: BlockedBy;
  statements: StatementRef[];
  missingContextKeys: string[];
  /** Plain English sentences explaining the decision, most important first. */
  explanation: string[];
  /**
   * What each sentence of `explanation` says, for wording it in another language (the i18n
   * `explanations` namespace has a template per code): same length and order as `explanation`.
   * Set by the engine on every result; optional so that older results (and 403 bodies of other
   * servers) without it stay valid, and a UI then shows `explanation` itself.
   */
  explanationParts?: ExplanationPart[];
  /** For out_of_scope: the policies that would allow outside the request's scope. */
  outOfScopePolicies?: string[];
  /** For a strict-mode ModelArts no_matching_allow: whether non-strict mode would allow. */
  looseModeWouldAllow?: boolean;
  /** Per-statement reasons when the request asked for explain. */
  explain?: StatementExplain[];
  /** Set when values for context keys the request lacks could change whether it is allowed. */
  conditional?: ConditionalResult;
}

// ---------- Scenarios (docs/policy-semantics.md §4) ----------
export const SCENARIO_FEATURES = ['sfs-turbo', 'custom-images', 'smn', 'tms-tags', 'dli', 'mrs', 'dws'] as const;
export type ScenarioFeature = (typeof SCENARIO_FEATURES)[number];

export interface ScenarioRow {
  /** "user" rows are the identity's needs; "agency" rows the agency's. */
  side: 'user' | 'agency';
  /** e.g. "Table 4" */
  table: string;
  /** e.g. "Training management · OBS" */
  row: string;
  actions: string[];
  feature?: ScenarioFeature;
  /** "workspace": counts only when the workspace function is enabled. */
  when?: 'workspace';
  /** Not from the seed (docs/policy-semantics.md §4 own ModelArts actions / mandatory basic function). */
  source?: 'engine';
}

export interface Scenario {
  id: string;
  /** The seed's function name, e.g. "Managing training jobs". */
  name: string;
  /** Chinese name for the console. */
  nameZh: string;
  rows: ScenarioRow[];
}

export interface ScenarioRequest {
  user: string;
  scenario: string;
  projectId?: string;
  workspaceId?: string;
  features?: ScenarioFeature[];
  authMode?: AuthMode;
}

/**
 * Why a user action of a scenario is missing (the identity layer that refuses it):
 * `strict_mode` — no policy allows this ModelArts action and no Deny refuses it, so non-strict
 * mode would allow it; `explicit_deny` — a Deny statement refuses it; `missing_allow` — no
 * attached policy (in the request's scope) allows it.
 */
export type MissingLayer = 'strict_mode' | 'explicit_deny' | 'missing_allow';

export interface ScenarioResult {
  ready: boolean;
  user: {
    missing: string[];
    /** For each missing action, the layer that refuses it (absent in results of older engines). */
    layers?: Record<string, MissingLayer>;
    /** For each missing action refused by a Deny, the Deny statements. */
    denies?: Record<string, StatementRef[]>;
    /** Allowed actions whose verdict values for lacking context keys could change (AccessResult.conditional). */
    conditional?: string[];
    /** The context keys those verdicts depend on (each AccessResult.conditional.keys, in action order, once each). */
    conditionalKeys?: string[];
  };
  agency: { name: string | null; missing: string[] };
  blockers: Array<'workspace_not_authorized' | 'no_agency'>;
  sources: Record<string, Array<{ table: string; row: string }>>;
  fix: { userPolicies: FixPolicy[]; agencyPolicies: FixPolicy[] };
}

export interface FixPolicy {
  /** Suggested name, e.g. "training-management-user-project". */
  name: string;
  kind: ServiceKind;
  document: PolicyDocument;
}
