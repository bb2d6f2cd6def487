/**
 * How one policy decides an action on its own (docs/policy-semantics.md §2), as bit flags: whether a statement
 * that applies allows, denies, both or neither. Without a context, a candidate statement with
 * conditions makes the answer CONDITIONAL (ask again with the user's context); statements
 * without conditions depend only on the action and the resource, so the answer is shared by
 * every user the policy is attached to.
 */
import type { CompiledPolicySet, CompiledStatement } from '../compile/compiled-policy-set';
import { checkStatement, matchesResource } from '../evaluate/check-statement';
import { collectCandidates } from '../evaluate/collect-candidates';
import { createContextLookup, type ContextLookup } from '../evaluate/context-lookup';

export const FLAG_ALLOW = 1;
export const FLAG_DENY = 2;
export const FLAG_CONDITIONAL = 4;
/** With a context: a candidate statement whose Resource matches reads a key the context lacks (the verdict may be Conditional). */
export const FLAG_READS_ABSENT = 8;
/** Not asked yet (a value no answer has). */
export const FLAG_UNKNOWN = 0xff;

const NO_CONTEXT = createContextLookup(undefined);

/** `actionLower` must be lower-cased. With `context`, CONDITIONAL is never set (READS_ABSENT may be). */
export function policyFlags(set: CompiledPolicySet, actionLower: string, resource: string | undefined, context?: ContextLookup): number {
  let flags = 0;
  for (const st of collectCandidates(set, actionLower)) {
    if (st.conditions.length > 0) {
      if (context === undefined) {
        flags |= FLAG_CONDITIONAL;
        continue;
      }
      if ((flags & FLAG_READS_ABSENT) === 0 && readsAbsent(st, context) && matchesResource(st, resource)) flags |= FLAG_READS_ABSENT;
    }
    if (checkStatement(st, resource, context ?? NO_CONTEXT).reason === 'applies') flags |= st.deny ? FLAG_DENY : FLAG_ALLOW;
  }
  return flags;
}

function readsAbsent(st: CompiledStatement, context: ContextLookup): boolean {
  for (const c of st.conditions) {
    if (c.op === null) continue;
    const value = context.get(c.keyLower);
    if (value === undefined || value === null) return true;
  }
  return false;
}
