/**
 * The browser's Back and Forward, guarded while a page has unsaved changes (the policy editor).
 * When `popstate` fires the browser has already moved. The router is declarative (<BrowserRouter>,
 * so no useBlocker: the data router would cost ≈ 16 kB gzip in the first route, over the 200 kB
 * budget of scripts/check-bundle.mjs), and its listener renders the previous page at once. So this
 * listener is installed before the router's (installHistoryGuard, at start-up): it hides the move
 * from the router, undoes it (`history.go(-delta)`, hidden too), then asks; leaving makes the same
 * move again, this time seen by the router. This is what useBlocker does in a data router.
 */

/** The router's index of a history entry (react-router keeps `idx` in `history.state`), or null. */
export function historyIndex(state: unknown): number | null {
  const idx = state !== null && typeof state === 'object' ? (state as { idx?: unknown }).idx : undefined;
  return typeof idx === 'number' ? idx : null;
}

interface Guard {
  /** The index of the guarded page's entry. */
  here: number;
  confirm: () => Promise<boolean>;
}

let guard: Guard | null = null;
/** undoing: the move back to `here` is under way; leaving: the confirmed move is. */
let phase: { kind: 'idle' } | { kind: 'undoing'; to: number } | { kind: 'leaving' } = { kind: 'idle' };
let installed = false;

function onPopState(e: PopStateEvent): void {
  const to = historyIndex(e.state);
  if (phase.kind === 'undoing') {
    e.stopImmediatePropagation();
    if (to === phase.to) phase = { kind: 'idle' };
    return;
  }
  if (phase.kind === 'leaving') {
    phase = { kind: 'idle' };
    return;
  }
  const g = guard;
  if (g === null || to === null || to === g.here) return;
  e.stopImmediatePropagation();
  const delta = to - g.here;
  phase = { kind: 'undoing', to: g.here };
  window.history.go(-delta);
  void g.confirm().then((leave) => {
    if (!leave) return;
    phase = { kind: 'leaving' };
    window.history.go(delta);
  });
}

/** Call once before the router mounts: the guard's listener must run before the router's. */
export function installHistoryGuard(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  window.addEventListener('popstate', onPopState);
}

/** While set, Back or Forward away from the current history entry asks `confirm` first. Returns the release. */
export function guardHistory(confirm: () => Promise<boolean>): () => void {
  const here = historyIndex(window.history.state);
  if (here === null) return () => {};
  const entry: Guard = { here, confirm };
  guard = entry;
  return () => {
    if (guard === entry) guard = null;
  };
}
