import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createBlock, createIdSource, formatDocument, visualToDocument } from '../model';
import { draftFromDocument, usePolicyDraft } from './use-policy-draft';

describe('usePolicyDraft', () => {
  it('writes the text from visual edits and drops the visual model on JSON edits', () => {
    const visual = { blocks: [createBlock(createIdSource(), 'modelarts')] };
    const { result } = renderHook(() => usePolicyDraft(() => ({ name: '', description: '', visual, text: formatDocument(visualToDocument(visual)) })));
    act(() => result.current.updateVisual((v) => ({ blocks: v.blocks.map((b) => ({ ...b, actions: ['modelarts:notebook:list'] })) })));
    expect(JSON.parse(result.current.draft.text)).toEqual({ Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['modelarts:notebook:list'] }] });
    act(() => result.current.updateVisual((v, ids) => ({ blocks: [...v.blocks, createBlock(ids, 'obs')] })));
    expect(result.current.draft.visual?.blocks.map((b) => b.id)).toEqual(['block-1', 'block-2']);
    act(() => result.current.setText('{"Version": '));
    expect(result.current.draft.visual).toBeNull();
    expect(result.current.draft.text).toBe('{"Version": ');
  });

  it('reports what the visual view changes in a document', () => {
    const { state, notes } = draftFromDocument('n', 'd', { Version: '1.1', Statement: [{ Effect: 'allow', Action: ['modelarts:notebook:list', 'obs:object:GetObject'] }] });
    expect(notes.map((n) => n.code)).toEqual(['effect_case', 'statement_split']);
    expect(state.visual?.blocks).toHaveLength(2);
    expect(JSON.parse(state.text).Statement).toHaveLength(2);
    const clean = draftFromDocument('n', 'd', { Version: '1.1', Statement: [{ Effect: 'Allow', Action: ['modelarts:notebook:list'] }] });
    expect(clean.notes).toEqual([]);
  });
});
