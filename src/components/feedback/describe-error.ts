/**
 * Turns any thrown value into what an administrator needs to read: a title, the API code and
 * message, and for a 403 the engine's explanation sentences.
 */
import { ApiError, ContractError, NetworkError } from '@/api/client';
import type { ExplanationPart } from '@/iam';
import { explanationItems } from '@/i18n/explanation-text';
import type { FindingLike } from '@/i18n/finding-text';

export interface DescribedError {
  kind: 'api' | 'network' | 'contract' | 'unknown';
  status?: number;
  code?: string;
  message: string;
  /** The engine's explanation of a 403: its sentences, with their codes and params when the body has them. */
  reasons: FindingLike[];
  /**
   * A 403 whose decision values for context keys the request lacks could change: the body's
   * explanation (the engine's result, with `conditional`), read by conditional-reason.tsx.
   */
  conditional?: Record<string, unknown>;
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

function isPart(v: unknown): v is ExplanationPart {
  return isRecord(v) && typeof v.code === 'string' && isRecord(v.params);
}

/**
 * The 403 body's explanation as sentences to word in the console's language: the sentences, and
 * their codes and params (`explanationParts`) when every part is well formed.
 */
export function explanationReasons(explanation: unknown): FindingLike[] {
  const sentences = explanationSentences(explanation);
  const parts = isRecord(explanation) && Array.isArray(explanation.explanationParts) ? explanation.explanationParts : undefined;
  return explanationItems({ explanation: sentences, explanationParts: parts?.every(isPart) ? parts : undefined });
}

export function describeError(error: unknown): DescribedError {
  if (error instanceof ApiError) {
    const x = error.status === 403 ? error.explanation : undefined;
    return {
      kind: 'api',
      status: error.status,
      code: error.code,
      message: error.message,
      reasons: x === undefined ? [] : explanationReasons(x),
      ...(isRecord(x) && isRecord(x.conditional) ? { conditional: x } : {}),
    };
  }
  if (error instanceof NetworkError) return { kind: 'network', message: error.message, reasons: [] };
  if (error instanceof ContractError) return { kind: 'contract', message: error.message, reasons: [] };
  if (error instanceof Error) return { kind: 'unknown', message: error.message, reasons: [] };
  return { kind: 'unknown', message: String(error), reasons: [] };
}

/** The status and the API code, the status once when it is also the code ("401", "403 · ModelArts.0201"). */
export function errorCode(d: DescribedError, separator = ' · '): string | undefined {
  if (!d.code) return undefined;
  return d.status === undefined || d.code === String(d.status) ? d.code : `${d.status}${separator}${d.code}`;
}

/** One line: "403 ModelArts.0201: message" (the status once when it is also the code), or the message. */
export function errorLine(d: DescribedError): string {
  const code = errorCode(d, ' ');
  return code ? `${code}: ${d.message}` : d.message;
}
