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

/** One wildcard Action pattern and the statements that name it: tested once per lookup, however many statements share it. */
export interface PatternGroup {
  matcher: WildcardMatcher;
  /** In set order. */
  statements: CompiledStatement[];
}

/**
 * The wildcard patterns of one index bucket. A pattern whose text up to its second `:` has no `*`
 * (`modelarts:notebook:*`) can only match actions with that prefix (`modelarts:notebook:`), so it
 * is filed under it; the others (`modelarts:*`, `modelarts:note*:list`) are tested for every action.
 */
export interface PatternBucket {
  readonly byPrefix: Map<string, PatternGroup[]>;
  readonly other: PatternGroup[];
  /** Build-time: pattern → its group. */
  readonly groups: Map<string, PatternGroup>;
}

export interface CompiledPolicySet {
  readonly statements: readonly CompiledStatement[];
  readonly policyCount: number;
  /** Exact lower-case action → statements naming it without a wildcard. */
  readonly exact: ReadonlyMap<string, readonly CompiledStatement[]>;
  /** Service (lower-case) → wildcard patterns whose service part is literal. */
  readonly byService: ReadonlyMap<string, PatternBucket>;
  /** Wildcard patterns with a `*` in the service part (`*:*:*`, `*:*:GetObject`). */
  readonly anyService: PatternBucket;
  /** Memo: lower-case action → its candidate statements (bounded; filled on first use). */
  readonly candidateCache: Map<string, readonly CompiledStatement[]>;
}

/** One input policy: a bare document or one with an id and name (snapshot policies). */
export type PolicyInput =
  | import('../model').PolicyDocument
  | { id?: string; name?: string; document: import('../model').PolicyDocument };
