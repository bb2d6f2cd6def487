/**
 * "Workspace: <name>" — a popover with a search box, a listbox of the workspaces the signed-in
 * user may access (name and enterprise project) and, outside the listbox, "Manage workspaces"
 * (workspace-switcher-dropdown.tsx). The selection lives in the URL (`?workspace=`).
 * The popover loads after the first paint; its button stands in until then and opens it once loaded.
 */
import { useRef, useState } from 'react';
import { deferred } from '@/components/deferred/deferred';
import { WorkspaceButton } from './workspace-button';

const switcher = deferred(() => import('./workspace-switcher-dropdown'));
export const preloadWorkspaceSwitcher = switcher.preload;

export function WorkspaceSwitcher({ onNavigate }: { onNavigate?: () => void }) {
  const standIn = useRef<HTMLButtonElement>(null);
  const { module, hadFocus } = switcher.useLoaded(standIn);
  // A press or click on the stand-in (also one that lands while the switcher arrives) opens the switcher.
  const [openRequests, setOpenRequests] = useState(0);
  const request = () => setOpenRequests((n) => n + 1);
  if (module) return <module.WorkspaceSwitcherDropdown onNavigate={onNavigate} openRequests={openRequests} autoFocus={hadFocus} />;
  return <WorkspaceButton ref={standIn} aria-expanded={false} onPointerDown={request} onClick={request} />;
}
