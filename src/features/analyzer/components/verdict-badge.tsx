/** A verdict as colour + icon + words (never colour alone). */
import { Badge } from '@mantine/core';
import { IconBan, IconCircleCheck, IconCircleX, IconHelpHexagon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Decision } from '@/iam';

const LOOK = {
  conditional: { color: 'yellow.9', Icon: IconHelpHexagon },
  allow: { color: 'green.9', Icon: IconCircleCheck },
  explicit_deny: { color: 'red.9', Icon: IconBan },
  implicit_deny: { color: 'orange.9', Icon: IconCircleX },
} as const;

/** `conditional`: values for context keys the request lacks could change it (AccessResult.conditional): neither Allowed nor Denied. */
export function DecisionBadge({ decision, size = 'lg' }: { decision: Decision | 'conditional'; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation('analyzer');
  const { color, Icon } = LOOK[decision];
  return (
    <Badge color={color} variant="filled" size={size} leftSection={<Icon size={14} aria-hidden />}>
      {t(`decision.${decision}`)}
    </Badge>
  );
}

export function ReadinessBadge({ ready }: { ready: boolean }) {
  const { t } = useTranslation('analyzer');
  const Icon = ready ? IconCircleCheck : IconCircleX;
  return (
    <Badge color={ready ? 'green.9' : 'red.9'} variant="filled" size="xl" leftSection={<Icon size={16} aria-hidden />}>
      {ready ? t('scenario.ready') : t('scenario.notReady')}
    </Badge>
  );
}
