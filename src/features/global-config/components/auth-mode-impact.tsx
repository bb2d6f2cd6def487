/** In the authorization-mode confirmation: the users who gain or lose ModelArts access (engine's modeImpact). */
import { Group, List, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuthModeValue } from '@/api/contracts/modelarts';
import { ErrorAlert } from '@/components';
import { IMPACT_ACTION, useModeImpact } from '../hooks/use-mode-impact';

/** Names listed per side before "and N more". */
const SHOWN = 30;

function Names({ title, names }: { title: string; names: string[] }) {
  const { t } = useTranslation('global-config');
  if (names.length === 0) return null;
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      <List size="sm" spacing={0}>
        {names.slice(0, SHOWN).map((n) => (
          <List.Item key={n}>{n}</List.Item>
        ))}
      </List>
      {names.length > SHOWN ? <Text size="sm">{t('modeImpact.more', { count: names.length - SHOWN })}</Text> : null}
    </Stack>
  );
}

export function AuthModeImpact({ change }: { change: { from: AuthModeValue; to: AuthModeValue } }) {
  const { t } = useTranslation('global-config');
  const { impact, org } = useModeImpact(change);
  if (org.isError) return <ErrorAlert error={org.error} title={t('modeImpact.loadError')} onRetry={() => void org.refetch()} retrying={org.isFetching} />;
  if (!impact) {
    return (
      <Group gap="xs" role="status">
        <Loader size="xs" aria-hidden />
        <Text size="sm">{t('modeImpact.loading')}</Text>
      </Group>
    );
  }
  return (
    <Stack gap="xs" role="region" aria-label={t('modeImpact.label')}>
      <Text size="sm">{t('modeImpact.intro', { action: IMPACT_ACTION })}</Text>
      {impact.gain.length === 0 && impact.lose.length === 0 ? <Text size="sm">{t('modeImpact.none')}</Text> : null}
      <Names title={t('modeImpact.gain', { count: impact.gain.length })} names={impact.gain} />
      <Names title={t('modeImpact.lose', { count: impact.lose.length })} names={impact.lose} />
    </Stack>
  );
}
