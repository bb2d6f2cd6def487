import { describe, expect, it } from 'vitest';
import { clearDraft, draftKey, readDraft, writeDraft, type DraftStorage, type PolicyDraft } from './draft-storage';

function memory(): DraftStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

const DRAFT: PolicyDraft = { name: 'n', description: 'd', text: '{"Version": ', baseVersion: 2, savedAt: 5 };

describe('draft storage', () => {
  it('keeps one draft per policy id, "new" for a new policy', () => {
    const s = memory();
    expect(writeDraft(s, undefined, DRAFT)).toBe(true);
    expect(writeDraft(s, 'abc', { ...DRAFT, name: 'other' })).toBe(true);
    expect(readDraft(s, undefined)).toEqual(DRAFT);
    expect(readDraft(s, 'abc')?.name).toBe('other');
    expect(draftKey(undefined)).toMatch(/new$/);
    clearDraft(s, 'abc');
    expect(readDraft(s, 'abc')).toBeNull();
  });

  it('ignores unreadable entries and refusing storage', () => {
    const s = memory();
    s.data.set(draftKey('x'), '{not json');
    expect(readDraft(s, 'x')).toBeNull();
    s.data.set(draftKey('x'), JSON.stringify({ name: 1 }));
    expect(readDraft(s, 'x')).toBeNull();
    const full: DraftStorage = { ...s, setItem: () => { throw new Error('quota'); } };
    expect(writeDraft(full, 'x', DRAFT)).toBe(false);
    expect(writeDraft(undefined, 'x', DRAFT)).toBe(false);
  });
});
