/**
 * Why a 403 is Conditional (docs/policy-semantics.md, "Conditional"): the refusal rests on context
 * keys the request lacks, read by the named statements; with other values it could be allowed.
 * Shown by every place that explains a 403, so none reads as refused outright. Loaded on first
 * use (conditional-reason-lazy.ts) and worded in the lazy `explanations` namespace, as the 403
 * reasons are: the first route stays in budget.
 */
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface ConditionalReason {
  keys: string[];
  /** "statement n of policy" */
  statements: Array<{ policy: string; n: number }>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads `explanation.conditional` (the engine's ConditionalResult) from a 403 body, if well formed. */
export function explanationConditional(explanation: unknown): ConditionalReason | undefined {
  const c = isRecord(explanation) ? explanation.conditional : undefined;
  if (!isRecord(c) || !Array.isArray(c.keys)) return undefined;
  const keys = c.keys.filter((k): k is string => typeof k === 'string');
  if (keys.length === 0) return undefined;
  const statements = Array.isArray(c.statements) ? c.statements.filter(isRecord) : [];
  return {
    keys,
    statements: statements.flatMap((r) => {
      const policy = r.policyName ?? r.policyId;
      return typeof policy === 'string' && typeof r.statementIndex === 'number' ? [{ policy, n: r.statementIndex + 1 }] : [];
    }),
  };
}

/** The Conditional line of a 403 whose body is `explanation`; nothing when it is not Conditional. */
export default function ConditionalReasonText({ explanation }: { explanation: unknown }) {
  const { t, ready } = useTranslation('explanations', { useSuspense: false });
  const conditional = explanationConditional(explanation);
  if (!ready || conditional === undefined) return null;
  // The engine names the statements; a body without them (another server) says "read by a policy".
  const statements = conditional.statements.map((s) => t('conditional403.statement', s)).join(', ') || t('conditional403.aPolicy');
  return (
    <Text size="sm" fw={600}>
      {t('conditional403.body', { keys: conditional.keys.join(', '), statements, interpolation: { escapeValue: false } })}
    </Text>
  );
}
