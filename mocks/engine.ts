/**
 * The mock backend's view of the policy engine (src/iam): access decisions for calls, server-side
 * policy validation and the catalog's system policies. One place, so handlers never depend on
 * which engine names exist yet: until an export lands, the foundation rule applies (only
 * administrators pass; no validation findings; no system policies).
 */
import * as iam from '@/iam';
import type { AccessRequest, AccessResult, Finding, Snapshot, SystemPolicy } from '@/iam/model';

interface EngineApi {
  evaluateAccess: (snapshot: Snapshot, request: AccessRequest) => AccessResult;
  validatePolicy: (document: unknown) => Finding[];
  SYSTEM_POLICIES: readonly SystemPolicy[];
}

const engine = iam as unknown as Partial<EngineApi>;

/** Whether the engine's evaluateAccess is available (else callers apply the admin-only rule). */
export function engineAvailable(): boolean {
  return typeof engine.evaluateAccess === 'function';
}

export function evaluateAccess(snapshot: Snapshot, request: AccessRequest): AccessResult | null {
  return engine.evaluateAccess ? engine.evaluateAccess(snapshot, request) : null;
}

/** Findings of a policy document (all severities); empty until the validator lands. */
export function validatePolicy(document: unknown): Finding[] {
  return engine.validatePolicy ? engine.validatePolicy(document) : [];
}

/** The catalog's system-defined policies. */
export function systemPolicies(): readonly SystemPolicy[] {
  return Array.isArray(engine.SYSTEM_POLICIES) ? engine.SYSTEM_POLICIES : [];
}
