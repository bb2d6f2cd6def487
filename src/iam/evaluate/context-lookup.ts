/** Case-insensitive reading of request context keys (docs/policy-semantics.md §1: keys compare case-insensitively). */
import type { ContextValue, RequestContext } from '../model';

export type ContextLookup = ReadonlyMap<string, ContextValue>;

const EMPTY: ContextLookup = new Map();

export function createContextLookup(context: RequestContext | undefined): ContextLookup {
  if (context === undefined || context === null) return EMPTY;
  const map = new Map<string, ContextValue>();
  for (const key of Object.keys(context)) {
    const value = context[key];
    if (value !== undefined) map.set(key.toLowerCase(), value);
  }
  return map;
}
