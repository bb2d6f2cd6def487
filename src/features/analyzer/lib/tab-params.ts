/** The analyzer's URL state: a patch of query parameters applied on one tab (empty or null values are removed). */
export type ParamPatch = Record<string, string | null | undefined>;

export function withTabParams(prev: URLSearchParams, tab: string, patch: ParamPatch): URLSearchParams {
  const next = new URLSearchParams(prev);
  next.set('tab', tab);
  for (const [key, value] of Object.entries(patch)) {
    if (value) next.set(key, value);
    else next.delete(key);
  }
  return next;
}
