/**
 * An Add Authorization that has started but not finished, kept in localStorage so a reload in the
 * middle neither loses it nor creates a second agency when it is run again: the drawer restores
 * the form and resumes with the agency the first run created (recorded once created, and found
 * by its name when the page went away before the answer arrived). Cleared on success or Start over.
 */
import type { AddAuthorizationValues } from './add-authorization-form';

const KEY = 'ma-console.pending-add-authorization';

export interface PendingAdd {
  /** The account and region project it was started in: it is resumed only there. */
  domainId: string;
  projectId: string;
  values: AddAuthorizationValues;
  /** The agency the run created, once known. */
  agency: { id: string; name: string } | null;
}

export function loadPendingAdd(domainId: string | null, projectId: string): PendingAdd | null {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    if (!raw) return null;
    const p = JSON.parse(raw) as PendingAdd;
    if (p.domainId !== domainId || p.projectId !== projectId || typeof p.values?.agencyName !== 'string') return null;
    return p;
  } catch {
    return null;
  }
}

export function savePendingAdd(pending: PendingAdd): void {
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify(pending));
  } catch {
    /* storage unavailable: nothing to resume after a reload */
  }
}

export function clearPendingAdd(): void {
  try {
    globalThis.localStorage?.removeItem(KEY);
  } catch {
    /* storage unavailable */
  }
}
