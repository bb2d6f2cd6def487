/**
 * The engine's verdict as a coloured badge: Allowed · Conditional · Explicit deny · Implicit deny.
 * Conditional (values for context keys the request lacks could change it) is never shown as the
 * decision without them (docs/policy-semantics.md §3 "Conditional").
 */
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Decision } from '@/iam';

const COLORS: Record<Decision | 'conditional', string> = { allow: 'green.9', conditional: 'yellow.9', explicit_deny: 'red.9', implicit_deny: 'orange.9' };

export function VerdictBadge({ decision }: { decision: Decision | 'conditional' }) {
  const { t } = useTranslation('iam');
  return (
    <Badge variant="filled" color={COLORS[decision]} tt="none" style={{ whiteSpace: 'nowrap' }}>
      {t(`verdict.${decision}`)}
    </Badge>
  );
}
