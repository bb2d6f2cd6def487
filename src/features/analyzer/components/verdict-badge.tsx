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

export type Readiness = 'ready' | 'conditional' | 'notReady';

const READINESS = {
  ready: { color: 'green.9', Icon: IconCircleCheck, word: 'scenario.ready' },
  conditional: { color: 'yellow.9', Icon: IconHelpHexagon, word: 'scenario.conditionalReady' },
  notReady: { color: 'red.9', Icon: IconCircleX, word: 'scenario.notReady' },
} as const;

/** `conditional`: ready only while values for context keys the request lacks allow it — never shown as Ready. */
export function ReadinessBadge({ readiness }: { readiness: Readiness }) {
  const { t } = useTranslation('analyzer');
  const { color, Icon, word } = READINESS[readiness];
  return (
    <Badge color={color} variant="filled" size="xl" leftSection={<Icon size={16} aria-hidden />}>
      {t(word)}
    </Badge>
  );
}
