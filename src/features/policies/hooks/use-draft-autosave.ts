/**
 * Autosaves the draft in localStorage (debounced, one entry per policy id or "new") while it has
 * unsaved changes, writes it at once when the page is hidden or unloaded, and removes it once
 * nothing is unsaved.
 */
import { useEffect, useRef } from 'react';
import { clearDraft, writeDraft, type PolicyDraft } from '../model';
import type { DraftState } from './use-policy-draft';

export const AUTOSAVE_DELAY_MS = 400;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function useDraftAutosave(policyId: string | undefined, draft: DraftState, dirty: boolean, baseVersion: number | null): void {
  const latest = useRef<{ draft: DraftState; dirty: boolean; baseVersion: number | null }>({ draft, dirty, baseVersion });
  latest.current = { draft, dirty, baseVersion };

  useEffect(() => {
    const write = () => {
      const { draft: d, dirty: isDirty, baseVersion: base } = latest.current;
      if (!isDirty) {
        clearDraft(storage(), policyId);
        return;
      }
      const entry: PolicyDraft = { name: d.name, description: d.description, text: d.text, baseVersion: base, savedAt: Date.now() };
      writeDraft(storage(), policyId, entry);
    };
    const timer = setTimeout(write, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [policyId, draft, dirty, baseVersion]);

  useEffect(() => {
    const flush = () => {
      const { draft: d, dirty: isDirty, baseVersion: base } = latest.current;
      if (isDirty) writeDraft(storage(), policyId, { name: d.name, description: d.description, text: d.text, baseVersion: base, savedAt: Date.now() });
    };
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, [policyId]);
}

export function discardStoredDraft(policyId: string | undefined): void {
  clearDraft(storage(), policyId);
}

export { storage as draftStorage };
