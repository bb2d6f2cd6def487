/** "Used by": the groups and agencies holding a policy, a few shown and the rest counted. */
import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Holder } from './policy-rows';

const SHOWN = 3;

export function UsedBy({ holders }: { holders: Holder[] | null }) {
  const { t } = useTranslation('policies');
  if (holders === null) return <Text size="sm">…</Text>;
  if (holders.length === 0) return <Text size="sm">{t('usedBy.none')}</Text>;
  return (
    <Group gap={4}>
      {holders.slice(0, SHOWN).map((h) => (
        <Badge key={`${h.type}:${h.id}`} variant="default" tt="none">
          {t(`usedBy.${h.type}`, { name: h.name })}
        </Badge>
      ))}
      {holders.length > SHOWN ? <Text size="sm">{t('usedBy.more', { count: holders.length - SHOWN })}</Text> : null}
    </Group>
  );
}
