/** The search params of an analyzer tab and a setter that patches them on that tab (lib/tab-params.ts). */
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { withTabParams, type ParamPatch } from '../lib/tab-params';

export function useTabParams(tab: string, options: { replace?: boolean } = {}) {
  const [params, setParams] = useSearchParams();
  const { replace } = options;
  const setParam = useCallback(
    (patch: ParamPatch) => setParams((prev) => withTabParams(prev, tab, patch), replace ? { replace } : undefined),
    [setParams, tab, replace],
  );
  return [params, setParam] as const;
}
