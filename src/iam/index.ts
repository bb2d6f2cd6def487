/**
 * Public API of the policy engine (docs/policy-semantics.md §5). Pure, synchronous and deterministic: the
 * UI, the mock API and the CLI call these and nothing deeper.
 */
export * from './model';

// Language half: parsing, validation, catalog.
export { parsePolicy } from './parse';
export { validatePolicy } from './validate';
export {
  ACTIONS,
  findAction,
  findService,
  GLOBAL_CONDITION_KEYS,
  GLOBAL_SERVICES,
  SERVICES,
  serviceKind,
  SYSTEM_POLICIES,
} from './catalog';
export { OBS_MODELARTS_MINIMUM, OBS_MODELARTS_TRAINING } from './catalog';

// Matching and conditions.
export { matchesWildcard } from './match/wildcard';
export { matchesGlob } from './match/glob';
export { expandActionPattern } from './match/expand-action-pattern';
export {
  CONDITION_OPERATORS,
  CONDITION_OPERATOR_NAMES,
  CONDITION_QUALIFIERS,
  formatConditionOperator,
  parseConditionOperator,
  readBool,
  readDate,
  readIp,
  readNumber,
} from './conditions/operators';
export type { ConditionOperatorBase, ConditionQualifier, ParsedOperator } from './conditions/operators';

// Pure evaluation (§2).
export { compilePolicies } from './compile/compile-policies';
export type { CompiledPolicySet, PolicyInput } from './compile/compiled-policy-set';
export { evaluatePolicies } from './evaluate/evaluate-policies';
export { conditionalOfPolicies } from './access/conditional';
export type { EvaluateOptions } from './evaluate/evaluate-policies';

// Access in an organisation (§3).
export { evaluateAccess, evaluateAccessMany, evaluateAccessMatrix } from './access/evaluate-access';
export type { AccessOptions } from './access/evaluate-access';
export { EXPLANATION_CODES, type ExplanationCode } from './access/explain-access';
export { evaluateAccessDecisions } from './access/evaluate-access-decisions';
export type { AccessTarget } from './access/evaluate-access-decisions';
export type { AccessVerdict } from './access/check-layers';
export { prepareSnapshot } from './access/prepare-snapshot';
export type { PreparedSnapshot } from './access/prepared-types';
export { modeImpact } from './access/mode-impact';
export { previewConsequences, PREVIEW_ACTIONS } from './access/consequence-preview';
export type { ConsequencePreview, PreviewChange, PreviewRequest, PreviewUser } from './access/consequence-preview';
export { applyMutation } from './access/apply-mutation';
export type { AccessMutation, Principal } from './access/apply-mutation';
export type { ModeImpact, ModeImpactRequest } from './access/mode-impact';

// Scenario readiness (§4).
export { checkScenario } from './scenarios/check-scenario';
export { checkScenarioDecisions, type ScenarioVerdict } from './scenarios/check-scenario-decisions';
export { findScenario, SCENARIOS } from './scenarios/find-scenario';

// Changes as code (Terraform for the huaweicloud provider, KooCLI commands).
export { authModeAsCode, authorizationsAsCode, deletionAsCode, grantsToKooCli, grantsToTerraform, membershipsAsCode, membershipsToKooCli, membershipsToTerraform, policyEditAsCode, revokesAsCode, toKooCli, toTerraform, workspaceAsCode } from './export';
export type { AgencyRoles, AuthModePlan, AuthorizationChange, AuthorizationPlan, AuthorizationRow, ChangePlan, DeletionPlan, GrantScope, GrantsPlan, MembershipPlan, NewAgencyPlan, PlannedGrant, PlannedPolicy, PolicyEditPlan, WorkspacePlan } from './export';
export { denyBlockers, fixMutation, offerFix, proveFix, readyForCertain, withUnconditionalGrant } from './scenarios/prove-fix';
export type { DenyBlocker, DenyRemedy, FixProof, FixTarget, OfferedFix, RemedyOutcome } from './scenarios/prove-fix';
