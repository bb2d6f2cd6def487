/**
 * Asks before leaving the editor while there are unsaved changes:
 * - the browser leaving the page (reload, close, typed URL): the native `beforeunload` prompt;
 * - in-app links (navigation, breadcrumbs): a click on a same-origin link to another page is held
 *   and `confirmLeave` decides. The router is declarative (`<BrowserRouter>`, no `useBlocker`),
 *   so the browser's back button is not intercepted; the draft is autosaved in any case.
 */
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';

/** The in-app path a click on `event.target` would open, or null when it is not such a click. */
export function internalLinkTarget(event: MouseEvent, origin: string, currentPath: string): string | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(anchor instanceof HTMLAnchorElement) || (anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) return null;
  const url = new URL(anchor.href, origin);
  if (url.origin !== origin || url.pathname === currentPath) return null;
  return url.pathname + url.search + url.hash;
}

export function useLeaveGuard(active: boolean, confirmLeave: () => Promise<boolean>): void {
  const navigate = useNavigate();
  const confirmRef = useRef(confirmLeave);
  confirmRef.current = confirmLeave;

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
