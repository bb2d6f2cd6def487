/**
 * The sentences of an access result (`explanation`) in the current language. The engine words
 * them in English and says what each one says in `explanationParts` (a code and params, like a
 * finding); the `explanations` namespace has a template per code, worded by findingText. English
 * shows the engine's sentences themselves; so does any language when a result has no (or
 * mismatched) parts, e.g. a 403 body from an older server.
 */
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import type { AccessResult } from '@/iam';
import { type FindingLike, findingText, useFindingText } from './finding-text';

export type ExplainedLike = Pick<AccessResult, 'explanation' | 'explanationParts'>;

/** Each sentence as a finding-like text: its code and params, or only the sentence when unknown. */
export function explanationItems(result: ExplainedLike): FindingLike[] {
  const parts = result.explanationParts?.length === result.explanation.length ? result.explanationParts : undefined;
  return result.explanation.map((message, i) => {
    const part = parts?.[i];
    return part === undefined ? { code: '', message } : { code: part.code, message, params: part.params };
  });
}

/** `t` must be bound to the `explanations` namespace; `language` is the language it translates into. */
export function explanationTexts(result: ExplainedLike, t: TFunction, language: string | undefined): string[] {
  return explanationItems(result).map((item) => findingText(item, t, language));
}

/** `(result) => sentences` in the current language; re-renders when the language changes. */
export function useExplanationTexts(): (result: ExplainedLike) => string[] {
  const text = useFindingText('explanations');
  return useCallback((result: ExplainedLike) => explanationItems(result).map(text), [text]);
}
