/**
 * The wildcard field of a block: how many catalog actions a pattern matches (with the engine's
 * matcher, case-insensitive) and whether it has the documented form service:resourceType:operation.
 */
import { expandActionPattern } from '@/iam';

export const PATTERN_PROBLEMS = ['empty', 'parts', 'characters', 'service_case'] as const;
export type PatternProblem = (typeof PATTERN_PROBLEMS)[number];

export interface PatternCount {
  /** Catalog actions the pattern matches (counted even when the format is wrong). */
  count: number;
  /** The first matches, catalog order and spelling. */
  sample: string[];
  valid: boolean;
  problem: PatternProblem | null;
  /** Plain English reason when not valid. */
  message: string | null;
}

/** The validator's rule for each part (validate/check-actions.ts). */
const PART = /^[A-Za-z0-9_*-]+$/;

function checkFormat(pattern: string): { problem: PatternProblem; message: string } | null {
  if (pattern.trim() === '') return { problem: 'empty', message: 'Enter a pattern such as "modelarts:notebook:*".' };
  const parts = pattern.split(':');
  if (parts.length !== 3) {
    return {
      problem: 'parts',
      message: `A pattern has the form service:resourceType:operation (3 parts separated by ":"); "${pattern}" has ${parts.length} part${parts.length === 1 ? '' : 's'}.`,
    };
  }
  if (!parts.every((p) => PART.test(p))) {
    return {
      problem: 'characters',
      message: 'Each part may hold only letters, digits, "_", "-" and the wildcard "*", and may not be empty.',
    };
  }
  const service = parts[0] ?? '';
  if (service !== service.toLowerCase()) {
    return { problem: 'service_case', message: `The service must be written in lower case: "${service.toLowerCase()}:${parts[1]}:${parts[2]}".` };
  }
  return null;
}

export function countPatternMatches(pattern: string, sampleSize = 5): PatternCount {
  const matches = pattern === '' ? [] : expandActionPattern(pattern);
  const problem = checkFormat(pattern);
  return {
    count: matches.length,
    sample: matches.slice(0, sampleSize),
    valid: problem === null,
    problem: problem?.problem ?? null,
    message: problem?.message ?? null,
  };
}
