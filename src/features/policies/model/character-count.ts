/**
 * The character counter: a custom policy holds at most 6,144 characters, counted on the
 * minified JSON (`JSON.stringify` of the parsed document), as the validator counts them
 * (docs/policy-semantics.md §1 limits).
 */
import type { PolicyDocument } from '@/iam';

export const POLICY_CHARACTER_LIMIT = 6144;

export interface CharacterCount {
  /** Minified length (or the raw text length when the text is not JSON). */
  length: number;
  limit: number;
  /** Negative when over the limit. */
  remaining: number;
  over: boolean;
  /** False when the text could not be parsed and its raw length is shown. */
  exact: boolean;
}

function result(length: number, exact: boolean): CharacterCount {
  return { length, limit: POLICY_CHARACTER_LIMIT, remaining: POLICY_CHARACTER_LIMIT - length, over: length > POLICY_CHARACTER_LIMIT, exact };
}

/** Counts a document, or the editor's text (parsed; raw length when it is not valid JSON). */
export function countPolicyCharacters(input: PolicyDocument | string): CharacterCount {
  if (typeof input !== 'string') return result(JSON.stringify(input)?.length ?? 0, true);
  try {
    return result(JSON.stringify(JSON.parse(input) as unknown)?.length ?? 0, true);
  } catch {
    return result(input.length, false);
  }
}
