/** The compiled, indexed form of a policy set (docs/policy-semantics.md §2). Built once, read per request. */
import type { CompiledCondition } from '../conditions/compile-condition';
import type { WildcardMatcher } from '../match/wildcard';
import type { StatementRef } from '../model';

export interface CompiledStatement {
  ref: StatementRef;
  /** Position in the whole set (policy order, then statement order). */
  order: number;
  deny: boolean;
  /** Every Action entry, lower-cased and compiled. */
  actions: WildcardMatcher[];
  /** Case-sensitive Resource matchers; null when the statement has no Resource. */
  resources: WildcardMatcher[] | null;
  conditions: CompiledCondition[];
  /** Scratch mark for de-duplicating candidates in one lookup (see collectCandidates). */
  seen: number;
}

/** The wildcard entries of one statement that fall in one index bucket. */
export interface IndexedPatterns {
  statement: CompiledStatement;
  matchers: WildcardMatcher[];
}

export interface CompiledPolicySet {
  readonly statements: readonly CompiledStatement[];
  readonly policyCount: number;
  /** Exact lower-case action → statements naming it without a wildcard. */
  readonly exact: ReadonlyMap<string, readonly CompiledStatement[]>;
  /** Service (lower-case) → wildcard entries whose service part is literal. */
  readonly byService: ReadonlyMap<string, readonly IndexedPatterns[]>;
  /** Wildcard entries with a `*` in the service part (`*:*:*`, `*:*:GetObject`). */
  readonly anyService: readonly IndexedPatterns[];
  /** Memo: lower-case action → its candidate statements (bounded; filled on first use). */
  readonly candidateCache: Map<string, readonly CompiledStatement[]>;
}

/** One input policy: a bare document or one with an id and name (snapshot policies). */
export type PolicyInput =
  | import('../model').PolicyDocument
  | { id?: string; name?: string; document: import('../model').PolicyDocument };
