/** The conformance case file format (src/iam/corpus/README.md). */
import type { AccessRequest, PolicyDocument, PolicyRequest, ScenarioRequest, Snapshot } from '../model';

export const CASE_KINDS = ['policies', 'access', 'scenario', 'validate'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export interface CaseExpect {
  decision?: string;
  reason?: string;
  blockedBy?: string | null;
  ready?: boolean;
  valid?: boolean;
  errorAt?: { line?: number };
  userMissing?: { includes?: string[]; excludes?: string[] };
  agencyMissing?: { includes?: string[]; excludes?: string[] };
  blockers?: string[];
}

export interface Case {
  name: string;
  kind: CaseKind | string;
  policies?: PolicyDocument[];
  snapshot?: string | Snapshot;
  with?: Partial<Snapshot>;
  request?: PolicyRequest | AccessRequest | ScenarioRequest;
  policyText?: string;
  /** validate cases: options passed to the validator. */
  policyKind?: 'custom' | 'system';
  expect?: CaseExpect;
}

export interface CaseFile {
  snapshots?: Record<string, Snapshot>;
  cases?: Case[];
}

/** One CLI result line (docs/policy-semantics.md §5): the fields that apply to the case's kind. */
export interface CaseResult {
  name: string;
  decision?: string;
  reason?: string;
  blockedBy?: string | null;
  ready?: boolean;
  userMissing?: string[];
  agencyMissing?: string[];
  blockers?: string[];
  valid?: boolean;
  findings?: unknown[];
  error?: string;
}
