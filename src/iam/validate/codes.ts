/**
 * Finding codes of the parser and validator, each with its fixed severity (docs/policy-semantics.md §1).
 * error: IAM would reject the policy or it cannot work; security: valid but grants dangerously
 * much; warning: probably a mistake; suggestion: style, redundancy, limits worth knowing.
 */
import type { Severity } from '../model';

export const SEVERITY_BY_CODE = {
  // JSON text (parsePolicy)
  'json-syntax': 'error',
  'json-too-deep': 'error',
  'json-duplicate-key': 'warning',
  // Document
  'policy-not-object': 'error',
  'policy-too-long': 'error',
  'policy-name-empty': 'error',
  'policy-name-too-long': 'error',
  'policy-mixed-service-kinds': 'error',
  'policy-deny-only': 'suggestion',
  'key-wrong-case': 'error',
  'top-level-key-unknown': 'warning',
  'version-missing': 'error',
  'version-invalid': 'error',
  'statement-missing': 'error',
  'statement-not-array': 'error',
  'statement-empty': 'error',
  'statement-count-high': 'suggestion',
  // Statement
  'statement-not-object': 'error',
  'statement-key-unsupported': 'error',
  'statement-key-unknown': 'warning',
  'effect-missing': 'error',
  'effect-invalid': 'error',
  'effect-not-canonical': 'suggestion',
  // Action
  'action-missing': 'error',
  'action-invalid-type': 'error',
  'action-empty': 'error',
  'action-format': 'error',
  'action-service-case': 'error',
  'action-service-unknown': 'warning',
  'action-unknown': 'warning',
  'action-case': 'suggestion',
  'action-pattern-no-match': 'warning',
  'action-duplicate': 'suggestion',
  'action-redundant': 'suggestion',
  'action-count-high': 'suggestion',
  'action-allow-all': 'security',
  'action-wildcard-service': 'security',
  'action-iam-permission-management': 'security',
  // Resource
  'resource-invalid-type': 'error',
  'resource-empty': 'warning',
  'resource-format': 'error',
  'resource-service-mismatch': 'error',
  'resource-not-supported': 'warning',
  'resource-too-long': 'suggestion',
  'resource-count-high': 'suggestion',
  // Condition
  'condition-not-object': 'error',
  'condition-block-not-object': 'error',
  'condition-empty': 'warning',
  'condition-operator-unknown': 'error',
  'condition-null-modifier': 'error',
  'condition-qualifier-invalid': 'error',
  'condition-value-invalid-type': 'error',
  'condition-value-empty': 'error',
  'condition-value-malformed': 'error',
  'condition-null-value': 'error',
  'condition-key-unknown': 'warning',
  'condition-key-type-mismatch': 'warning',
  'condition-key-needs-qualifier': 'suggestion',
  'condition-count-high': 'suggestion',
  // Defensive: the validator met a value it could not inspect (never expected).
  'validation-failed': 'error',
} as const satisfies Record<string, Severity>;

export type FindingCode = keyof typeof SEVERITY_BY_CODE;
export const FINDING_CODES = Object.keys(SEVERITY_BY_CODE) as FindingCode[];

/** Limits of docs/huawei-reference.md §4.6. */
export const LIMITS = {
  policyChars: 6144,
  policyName: 128,
  /** Older IAM stacks: ≤ 8 statements, ≤ 100 actions, ≤ 10 resources (≤ 128 chars), ≤ 10 conditions. */
  statements: 8,
  actionsPerStatement: 100,
  resourcesPerStatement: 10,
  resourceChars: 128,
  conditionsPerStatement: 10,
} as const;
