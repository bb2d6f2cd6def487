import { useSearchParams } from 'react-router';

export const DEFAULT_WORKSPACE_ID = '0';
export const WORKSPACE_PARAM = 'workspace';

/** The workspace chosen in the switcher: the `?workspace=` parameter, else the default workspace. */
export function useWorkspaceId(): string {
  const [params] = useSearchParams();
  return params.get(WORKSPACE_PARAM) || DEFAULT_WORKSPACE_ID;
}
