/**
 * Asks before leaving the editor while there are unsaved changes:
 * - the browser leaving the page (reload, close, typed URL): the native `beforeunload` prompt;
 * - in-app links (navigation, breadcrumbs): a click on a same-origin link to another page is held
 *   and `confirmLeave` decides;
 * - the browser's Back and Forward: src/components/navigation/history-guard.ts (the router is
 *   declarative, so there is no useBlocker).
 */
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { guardHistory } from '@/components/navigation/history-guard';

/** The in-app path a click on `event.target` would open, or null when it is not such a click. */
export function internalLinkTarget(event: MouseEvent, origin: string, currentPath: string): string | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(anchor instanceof HTMLAnchorElement) || (anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) return null;
  const url = new URL(anchor.href, origin);
  if (url.origin !== origin || url.pathname === currentPath) return null;
  return url.pathname + url.search + url.hash;
}

/** Back and Forward (src/components/navigation/history-guard.ts). */
function useHistoryGuard(active: boolean, confirmRef: { current: () => Promise<boolean> }): void {
  useEffect(() => (active ? guardHistory(() => confirmRef.current()) : undefined), [active, confirmRef]);
}

export function useLeaveGuard(active: boolean, confirmLeave: () => Promise<boolean>): void {
  const navigate = useNavigate();
  const confirmRef = useRef(confirmLeave);
  confirmRef.current = confirmLeave;
  useHistoryGuard(active, confirmRef);

  useEffect(() => {
    if (!active) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older browsers need returnValue set to show the prompt.
      e.returnValue = '';
    };
    const onClick = (e: MouseEvent) => {
      const to = internalLinkTarget(e, window.location.origin, window.location.pathname);
      if (to === null) return;
      e.preventDefault();
      e.stopPropagation();
      void confirmRef.current().then((leave) => {
        if (leave) navigate(to);
      });
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [active, navigate]);
}
