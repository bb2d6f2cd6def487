/**
 * The mock backend's view of the policy engine (src/iam): access decisions for calls, server-side
 * policy validation and the catalog's system policies, in one place.
 */
import { evaluateAccess as engineEvaluateAccess, SYSTEM_POLICIES, validatePolicy as engineValidatePolicy } from '@/iam';
import type { AccessRequest, AccessResult, Finding, Snapshot, SystemPolicy } from '@/iam/model';

export function evaluateAccess(snapshot: Snapshot, request: AccessRequest): AccessResult {
  return engineEvaluateAccess(snapshot, request);
}

/** Findings of a custom policy document (all severities). */
export function validatePolicy(document: unknown, name?: string): Finding[] {
  return engineValidatePolicy(document, { kind: 'custom', ...(name !== undefined ? { name } : {}) });
}

/** The catalog's system-defined policies. */
export function systemPolicies(): readonly SystemPolicy[] {
  return SYSTEM_POLICIES;
}
