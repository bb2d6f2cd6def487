/**
 * The editor's draft: name, description and the policy as JSON text. While the visual view is in
 * use, `visual` holds its blocks and the text is written from them; typing in the JSON view
 * clears `visual` (the visual view re-reads the text when it is opened again).
 */
import { useCallback, useMemo, useReducer, useRef } from 'react';
import { documentToVisual, formatDocument, idSourceAfter, visualToDocument, type DraftState, type IdSource, type NormalisationNote, type VisualPolicy } from '../model';
import type { PolicyDocument } from '@/iam';

export type { DraftState };

type Action =
  | { type: 'name'; value: string }
  | { type: 'description'; value: string }
  | { type: 'text'; value: string }
  | { type: 'visual'; value: VisualPolicy }
  | { type: 'load'; value: DraftState };

function reduce(state: DraftState, action: Action): DraftState {
  switch (action.type) {
    case 'name':
      return { ...state, name: action.value };
    case 'description':
      return { ...state, description: action.value };
    case 'text':
      return action.value === state.text ? state : { ...state, text: action.value, visual: null };
    case 'visual':
      return { ...state, visual: action.value, text: formatDocument(visualToDocument(action.value)) };
    case 'load':
      return action.value;
  }
}

/** A draft from a document: visual blocks plus the text they write. */
export function draftFromDocument(name: string, description: string, doc: PolicyDocument): { state: DraftState; notes: NormalisationNote[] } {
  const { visual, notes } = documentToVisual(doc);
  return { state: { name, description, visual, text: formatDocument(notes.length === 0 ? doc : visualToDocument(visual)) }, notes };
}

export function usePolicyDraft(initial: () => DraftState) {
  const [state, dispatch] = useReducer(reduce, undefined, initial);
  const ids = useRef<IdSource | null>(null);
  const stateRef = useRef(state);
  stateRef.current = state;

  const updateVisual = useCallback((update: (visual: VisualPolicy, ids: IdSource) => VisualPolicy) => {
    const current = stateRef.current.visual ?? { blocks: [] };
    ids.current ??= idSourceAfter(current);
    dispatch({ type: 'visual', value: update(current, ids.current) });
  }, []);

  const actions = useMemo(
    () => ({
      setName: (value: string) => dispatch({ type: 'name', value }),
      setDescription: (value: string) => dispatch({ type: 'description', value }),
      setText: (value: string) => dispatch({ type: 'text', value }),
      /** Replaces the visual blocks (e.g. after switching views); the text follows. */
      setVisual: (value: VisualPolicy) => {
        ids.current = idSourceAfter(value);
        dispatch({ type: 'visual', value });
      },
      /** Adopts a visual model without rewriting the text (the text already says the same). */
      load: (value: DraftState) => {
        ids.current = value.visual === null ? null : idSourceAfter(value.visual);
        dispatch({ type: 'load', value });
      },
      updateVisual,
    }),
    [updateVisual],
  );
  return { draft: state, ...actions };
}

export type DraftActions = Omit<ReturnType<typeof usePolicyDraft>, 'draft'>;
