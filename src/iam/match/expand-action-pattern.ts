/** The catalog actions an Action pattern matches (docs/policy-semantics.md §4: wildcard patterns expand). */
import { ACTIONS } from '../catalog';
import { compileWildcard, testWildcard } from './wildcard';

/** Catalog spellings of every action the pattern matches, in catalog order; [] when none. */
export function expandActionPattern(pattern: string): string[] {
  const matcher = compileWildcard(pattern, true);
  const out: string[] = [];
  for (const a of ACTIONS) if (testWildcard(matcher, a.action.toLowerCase())) out.push(a.action);
  return out;
}
