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

/**
 * Findings of a system policy Huawei wrote (an imported one the catalog does not know): its
 * structure only. The custom-policy rules (limits, one kind of service per policy) do not apply:
 * system policies may mix project-level and global services (docs/policy-semantics.md). A 1.0
 * role (RBAC, real `/v3/roles`) is checked like a 1.1 policy: the Version rule is for policies
 * the console writes.
 */
export function validateSystemPolicy(document: unknown): Finding[] {
  const role10 = typeof document === 'object' && document !== null && (document as { Version?: unknown }).Version === '1.0';
  return engineValidatePolicy(role10 ? { ...document, Version: '1.1' } : document, { kind: 'system' });
}

/** The catalog's system-defined policies. */
export function systemPolicies(): readonly SystemPolicy[] {
  return SYSTEM_POLICIES;
}
