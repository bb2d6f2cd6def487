/**
 * Autosaved drafts of the policy editor: one entry per policy id ("new" for a new policy), kept in
 * the browser so a reload loses nothing. Pure (de)serialisation; the storage is passed in.
 */
export const DRAFT_KEY_PREFIX = 'ma-console.policy-draft.';

export interface PolicyDraft {
  name: string;
  description: string;
  /** The JSON text as typed (may be invalid JSON). */
  text: string;
  /** The saved version the draft started from (null for a new policy). */
  baseVersion: number | null;
  /** When it was written (ms since epoch), for the notice. */
  savedAt: number;
}

export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function draftKey(policyId: string | undefined): string {
  return DRAFT_KEY_PREFIX + (policyId ?? 'new');
}

function isDraft(value: unknown): value is PolicyDraft {
  if (value === null || typeof value !== 'object') return false;
  const d = value as Record<string, unknown>;
  return (
    typeof d.name === 'string' &&
    typeof d.description === 'string' &&
    typeof d.text === 'string' &&
    (d.baseVersion === null || typeof d.baseVersion === 'number') &&
    typeof d.savedAt === 'number'
  );
}

/** The stored draft, or null when there is none or it is unreadable (never throws). */
export function readDraft(storage: DraftStorage | undefined, policyId: string | undefined): PolicyDraft | null {
  try {
    const raw = storage?.getItem(draftKey(policyId));
    if (raw == null) return null;
    const value: unknown = JSON.parse(raw);
    return isDraft(value) ? value : null;
  } catch {
    return null;
  }
}

/** Writes the draft; false when the storage refused (full, disabled). */
export function writeDraft(storage: DraftStorage | undefined, policyId: string | undefined, draft: PolicyDraft): boolean {
  try {
    storage?.setItem(draftKey(policyId), JSON.stringify(draft));
    return storage !== undefined;
  } catch {
    return false;
  }
}

export function clearDraft(storage: DraftStorage | undefined, policyId: string | undefined): void {
  try {
    storage?.removeItem(draftKey(policyId));
  } catch {
    /* storage unavailable */
  }
}
