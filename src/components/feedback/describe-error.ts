/**
 * Turns any thrown value into what an administrator needs to read: a title, the API code and
 * message, and for a 403 the engine's explanation sentences.
 */
import { ApiError, ContractError, NetworkError } from '@/api/client';

export interface DescribedError {
  kind: 'api' | 'network' | 'contract' | 'unknown';
  status?: number;
  code?: string;
  message: string;
  /** The engine's explanation of a 403 (`explanation.explanation`: string[]), in plain words. */
  reasons: string[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reads `explanation.explanation` (string[]) — or a plain string / string[] — from a 403 body. */
export function explanationSentences(explanation: unknown): string[] {
  if (typeof explanation === 'string') return [explanation];
  if (Array.isArray(explanation)) return explanation.filter((s): s is string => typeof s === 'string');
  if (isRecord(explanation)) {
    const inner = explanation.explanation;
    if (Array.isArray(inner)) return inner.filter((s): s is string => typeof s === 'string');
    if (typeof inner === 'string') return [inner];
  }
  return [];
}

export function describeError(error: unknown): DescribedError {
  if (error instanceof ApiError) {
    return {
      kind: 'api',
      status: error.status,
      code: error.code,
      message: error.message,
      reasons: error.status === 403 ? explanationSentences(error.explanation) : [],
    };
  }
  if (error instanceof NetworkError) return { kind: 'network', message: error.message, reasons: [] };
  if (error instanceof ContractError) return { kind: 'contract', message: error.message, reasons: [] };
  if (error instanceof Error) return { kind: 'unknown', message: error.message, reasons: [] };
  return { kind: 'unknown', message: String(error), reasons: [] };
}
