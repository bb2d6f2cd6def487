import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export const DEFAULT_WORKSPACE_ID = '0';
export const WORKSPACE_PARAM = 'workspace';

/** The workspace chosen in the switcher: the `?workspace=` parameter, else the default workspace. */
export function useWorkspaceId(): string {
  const [params] = useSearchParams();
  return params.get(WORKSPACE_PARAM) || DEFAULT_WORKSPACE_ID;
}

/** The `?workspace=` parameter as written in the URL (null when absent). */
export function useWorkspaceParam(): string | null {
  const [params] = useSearchParams();
  return params.get(WORKSPACE_PARAM);
}

/** The query string that keeps the workspace selection when linking to another page ("" or "?workspace=…"). */
export function useWorkspaceSearch(): string {
  const param = useWorkspaceParam();
  return param ? `?${new URLSearchParams({ [WORKSPACE_PARAM]: param }).toString()}` : '';
}

/** Selects a workspace: writes `?workspace=<id>`, keeping the other parameters. */
export function useSetWorkspaceId(): (id: string) => void {
  const [, setParams] = useSearchParams();
  return useCallback(
    (id: string) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        next.set(WORKSPACE_PARAM, id);
        return next;
      }),
    [setParams],
  );
}
