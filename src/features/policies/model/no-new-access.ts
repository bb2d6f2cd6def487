/**
 * "Compare with saved version" → "No new access": what the draft may grant that the saved
 * version did not. Conservative (docs/policy-semantics.md §3: never report less access than IAM would grant):
 * an action is new unless every way the draft can allow it was already a way the saved version
 * allowed it. Precisely, for action `a`, the draft adds no access when
 * - no Allow block of the draft matches `a`, or an unconditional Deny block of the draft does; or
 * - the saved version has no unconditional Deny matching `a`, and either it allows `a`
 *   unconditionally or every draft Allow block matching `a` has a Resource + Condition that
 *   some saved Allow block matching `a` has too; and every conditional saved Deny matching `a`
 *   is still in the draft (same Resource + Condition).
 * Conditions compare as written (canonical spelling, values and rows sorted), so a changed
 * condition counts as new access even when it happens to be narrower.
 */
import { ACTIONS, expandActionPattern, formatConditionOperator, parseConditionOperator, type PolicyDocument } from '@/iam';
import { buildGrantIndex, isUnconditional, type GrantIndex } from './grant-index';
import { formatRowOperator, type PermissionBlock } from './visual-model';

export interface NewAccess {
  /** Catalog actions the draft may allow that the saved version did not (sorted). */
  actions: string[];
  /** Draft Allow entries that match no catalog action (wildcards or unknown actions) and are new (sorted). */
  patterns: string[];
}

/** Where and when a block applies: its Resource and Condition, in a canonical form. */
function applicability(block: PermissionBlock): string {
  const rows = block.conditions.map((c) => {
    const parsed = parseConditionOperator(formatRowOperator(c));
    const operator = parsed === null ? formatRowOperator(c) : formatConditionOperator(parsed);
    const values = [...c.values, ...(c.nonTextValues ?? []).map((v) => JSON.stringify(v) ?? 'undefined')].sort();
    return JSON.stringify([operator, c.key.toLowerCase(), values]);
  });
  return JSON.stringify([[...new Set(block.resources)].sort(), [...new Set(rows)].sort()]);
}

function addsAccess(draft: GrantIndex, saved: GrantIndex | null, action: string): boolean {
  const draftAllows = draft.allowsFor(action);
  if (draftAllows.length === 0) return false;
  const draftDenies = draft.deniesFor(action);
  if (draftDenies.some(isUnconditional)) return false;
  if (saved === null) return true;
  const savedDenies = saved.deniesFor(action);
  if (savedDenies.some(isUnconditional)) return true;
  const savedAllows = saved.allowsFor(action);
  if (savedAllows.length === 0) return true;
  if (!savedAllows.some(isUnconditional)) {
    const savedWays = new Set(savedAllows.map(applicability));
    if (!draftAllows.every((b) => savedWays.has(applicability(b)))) return true;
  }
  const draftDenyWays = new Set(draftDenies.map(applicability));
  return !savedDenies.every((b) => draftDenyWays.has(applicability(b)));
}

export function newAccess(saved: PolicyDocument | null, draft: PolicyDocument): NewAccess {
  const draftIndex = buildGrantIndex(draft);
  const savedIndex = saved === null ? null : buildGrantIndex(saved);
  const actions = ACTIONS.map((a) => a.action).filter((a) => addsAccess(draftIndex, savedIndex, a));
  // Entries beyond the catalog: evaluated as literal actions (a pattern matches its own text,
  // and a saved wildcard that covers it counts as covering it).
  const patterns = new Set<string>();
  for (const b of draftIndex.blocks) {
    if (b.effect !== 'Allow') continue;
    for (const p of b.patterns) {
      if (p.includes('*') && expandActionPattern(p).length > 0) continue;
      if (addsAccess(draftIndex, savedIndex, p)) patterns.add(p);
    }
  }
  return { actions: actions.sort(), patterns: [...patterns].sort() };
}
