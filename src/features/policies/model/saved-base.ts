/** The saved version an edit starts from, and how a draft compares with it. */
import type { Role } from '@/api/contracts/iam';
import type { PolicyDocument } from '@/iam';
import { formatDocument, sameJson } from './editor-text';
import { documentToVisual, visualToDocument } from './from-document';
import { createBlock, createIdSource, type VisualPolicy } from './visual-model';

/** The editor's draft: name, description, the policy as JSON text and, in the visual view, its blocks. */
export interface DraftState {
  name: string;
  description: string;
  text: string;
  visual: VisualPolicy | null;
}

export interface SavedBase {
  name: string;
  description: string;
  policy: PolicyDocument;
  version: number | null;
}

export function baseOf(role: Role): SavedBase {
  return { name: role.display_name, description: role.description, policy: role.policy as PolicyDocument, version: role.version ?? null };
}

/** A new policy starts with one empty block. */
export function newDraft(): DraftState {
  const visual = { blocks: [createBlock(createIdSource())] };
  return { name: '', description: '', visual, text: formatDocument(visualToDocument(visual)) };
}

/** The visual model of a text when it converts without any change, else null (JSON view). */
export function exactVisual(text: string) {
  try {
    const { visual, notes } = documentToVisual(JSON.parse(text) as PolicyDocument);
    return notes.length === 0 ? visual : null;
  } catch {
    return null;
  }
}

export function stateOfBase(base: SavedBase): DraftState {
  const text = formatDocument(base.policy);
  return { name: base.name, description: base.description, text, visual: exactVisual(text) };
}

/** Whether a draft has changes the saved version does not (JSON compared as data, not text). */
export function differs(d: { name: string; description: string; text: string }, baseline: { name: string; description: string; text: string }): boolean {
  return d.name !== baseline.name || d.description !== baseline.description || !sameJson(d.text, baseline.text);
}
