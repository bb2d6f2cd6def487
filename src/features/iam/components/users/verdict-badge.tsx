/** The engine's decision as a coloured badge: Allowed · Explicit deny · Implicit deny. */
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Decision } from '@/iam';

const COLORS: Record<Decision, string> = { allow: 'green.9', explicit_deny: 'red.9', implicit_deny: 'orange.9' };

export function VerdictBadge({ decision }: { decision: Decision }) {
  const { t } = useTranslation('iam');
  return (
    <Badge variant="filled" color={COLORS[decision]} tt="none">
      {t(`verdict.${decision}`)}
    </Badge>
  );
}
