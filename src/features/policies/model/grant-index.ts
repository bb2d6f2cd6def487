/**
 * Which blocks of a policy match an action, ignoring resources and conditions, found with the
 * engine: the Allow blocks and the Deny blocks are compiled once each (stripped to their
 * actions), and `evaluatePolicies` lists every applicable statement of the deciding effect.
 * Shared by the summary and the "no new access" check.
 */
import { compilePolicies, evaluatePolicies, type CompiledPolicySet, type PolicyDocument } from '@/iam';
import { documentToVisual } from './from-document';
import type { PermissionBlock } from './visual-model';

export interface GrantIndex {
  blocks: readonly PermissionBlock[];
  /** Allow blocks whose Action matches (any resource, any context). */
  allowsFor(action: string): PermissionBlock[];
  /** Deny blocks whose Action matches (any resource, any context). */
  deniesFor(action: string): PermissionBlock[];
}

/** A block that applies whenever its action matches: no Resource and no Condition. */
export function isUnconditional(block: PermissionBlock): boolean {
  return block.resources.length === 0 && block.conditions.length === 0;
}

function strippedSet(blocks: readonly PermissionBlock[], effect: 'Allow' | 'Deny'): CompiledPolicySet {
  const doc: PolicyDocument = {
    Version: '1.1',
    Statement: blocks.map((b) => ({ Effect: effect, Action: [...b.actions, ...b.patterns] })),
  };
  return compilePolicies([doc]);
}

export function buildGrantIndex(doc: PolicyDocument | null): GrantIndex {
  const blocks = doc === null ? [] : documentToVisual(doc).visual.blocks;
  const allowBlocks = blocks.filter((b) => b.effect === 'Allow');
  const denyBlocks = blocks.filter((b) => b.effect === 'Deny');
  const allowSet = strippedSet(allowBlocks, 'Allow');
  const denySet = strippedSet(denyBlocks, 'Deny');
  const lookup = (set: CompiledPolicySet, from: readonly PermissionBlock[], action: string) =>
    evaluatePolicies(set, { action }).statements.map((s) => from[s.statementIndex]!);
  return {
    blocks,
    allowsFor: (action) => (allowBlocks.length === 0 ? [] : lookup(allowSet, allowBlocks, action)),
    deniesFor: (action) => (denyBlocks.length === 0 ? [] : lookup(denySet, denyBlocks, action)),
  };
}
