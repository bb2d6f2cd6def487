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
 * The wildcard patterns of one index bucket (docs/policy-semantics.md §2). For an action of the
 * catalog's shape `service:type:operation` (exactly two `:`), a pattern with exactly two `:` matches
 * segment by segment: its two literal colons must meet the action's two, so no `*` can span one.
 * Hence:
 * - `service:type:…` (no `*` up to the second `:`) can only match actions with that prefix: filed
 *   under it and tested;
 * - `service:*:*` and `service:*` match every such action of the service: `anyType`, not tested;
 * - `service:*:op*` matches exactly the operations starting with `op`: `byOperation`, not tested;
 * - `service:*:*op*` matches exactly the operations containing `op`: `byContained`, tested by a
 *   search of the operation alone;
 * - every other pattern (`service:*:*op*`, `service:no*:list`…) is in `other` and tested.
 * An action of another shape tests every pattern not filed under a prefix (`unprefixed`).
 */
export interface PatternBucket {
  readonly byPrefix: Map<string, PatternGroup[]>;
  readonly other: PatternGroup[];
  readonly anyType: PatternGroup[];
  /** The statements of `anyType`, each once, in set order (built when the set is compiled). */
  anyTypeStatements: CompiledStatement[];
  /** Operation prefix (`op` of `service:*:op*`) → its groups. */
  readonly byOperation: Map<string, PatternGroup[]>;
  /** `service:*:*op*`: the literal `op` and its group. */
  readonly byContained: Array<{ readonly literal: string; readonly group: PatternGroup }>;
  /** The distinct lengths of byOperation's keys, ascending. */
  readonly operationLengths: number[];
  /** Every group not in byPrefix, in the order first seen. */
  readonly unprefixed: PatternGroup[];
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
