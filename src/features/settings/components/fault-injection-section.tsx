/**
 * Fault injection for demos of resilience: latency, failure rate, offline, delete delay, and
 * "fail the next call to a path" rules → PUT /__mock/faults. Shows what is in force.
 */
import { Alert, Badge, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/feedback/error-alert';
import { useFaultInjection } from '../hooks/use-fault-injection';
import { FailNextRules } from './fail-next-rules';
import { FaultGeneralForm } from './fault-general-form';

export function FaultInjectionSection() {
  const { t } = useTranslation('settings');
  const f = useFaultInjection();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="faults-title">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Title order={2} size="h3" id="faults-title">
              {t('faults.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('faults.description')}
            </Text>
          </Stack>
          <Group gap="xs">
            {f.faults.isFetching ? <Loader size="xs" role="status" aria-label={t('common:state.loading')} /> : null}
            <Badge color={f.active ? 'orange' : 'green'} variant="filled" size="lg">
              {f.active ? t('faults.active') : t('faults.none')}
            </Badge>
          </Group>
        </Group>

        {f.faults.isError ? <ErrorAlert title={t('faults.loadFailed')} error={f.faults.error} onRetry={() => void f.faults.refetch()} /> : null}
        {f.faults.data === null ? (
          <Text size="sm" c="dimmed">
            {t('faults.unknownCurrent')}
          </Text>
        ) : null}

        <FaultGeneralForm
          value={f.general}
          errors={f.generalCheck.errors}
          valid={f.generalCheck.faults !== null}
          pending={f.pending}
          onEdit={f.editGeneral}
          onApply={() => void f.applyGeneral()}
          onClear={() => void f.clearAll()}
        />

        <FailNextRules
          rules={f.known.failNext}
          rule={f.rule}
          errors={f.ruleCheck.errors}
          valid={f.ruleCheck.added !== null}
          pending={f.pending}
          onEdit={f.editRule}
          onAdd={() => void f.addRule()}
          onRemove={f.removeRule}
        />

        {f.lastError ? <ErrorAlert title={t('faults.failed')} error={f.lastError.error} onRetry={f.lastError.retry} retrying={f.pending} /> : null}
        {f.known.offline ? (
          <Alert color="orange" variant="light" title={t('faults.offlineOnTitle')}>
            {t('faults.offlineOn')}
          </Alert>
        ) : null}
      </Stack>
    </Card>
  );
}
