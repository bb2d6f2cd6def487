/** The state of a reverse question in the worker: evaluating (with Cancel), cancelled, or failed. */
import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { IconPlayerStop } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MatrixRun } from '../hooks/use-matrix-worker';

export function ReverseStatus({ run, onCancel }: { run: MatrixRun; onCancel: () => void }) {
  const { t } = useTranslation('analyzer');
  if (run.status === 'running') {
    return (
      <Group gap="sm">
        <Loader size="sm" aria-hidden />
        <Text size="sm" role="status">
          {t('reverse.running', { count: run.job.users.length })}
        </Text>
        <Button size="xs" variant="default" leftSection={<IconPlayerStop size={14} aria-hidden />} onClick={onCancel}>
          {t('matrix.cancel')}
        </Button>
      </Group>
    );
  }
  if (run.status === 'cancelled') {
    return (
      <Text size="sm" role="status">
        {t('matrix.cancelled')}
      </Text>
    );
  }
  if (run.status === 'error') {
    return (
      <Alert color="red" variant="light" title={t('reverse.failed')} role="alert">
        <Text size="sm">{run.message}</Text>
      </Alert>
    );
  }
  return null;
}
