/** The steps of Add Authorization with their status: a checklist with loaders, and the failed step's error. */
import { Group, List, Loader, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconCircleDashed, IconMinus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components';
import type { FlowFailure, StepStatuses } from '../hooks/use-authorization-flow';
import type { CreateStep, StepStatus } from '../lib/create-flow';

function StepIcon({ status }: { status: StepStatus }) {
  if (status === 'running') return <Loader size={18} aria-hidden />;
  const [color, Icon] =
    status === 'done' ? (['green.8', IconCheck] as const) : status === 'failed' ? (['red.8', IconX] as const) : status === 'skipped' ? (['gray.7', IconMinus] as const) : (['gray.6', IconCircleDashed] as const);
  return (
    <ThemeIcon color={color} variant={status === 'done' || status === 'failed' ? 'filled' : 'light'} size={20} radius="xl" aria-hidden>
      <Icon size={14} />
    </ThemeIcon>
  );
}

export interface CreateProgressProps {
  steps: StepStatuses;
  failure: FlowFailure | null;
  grants: { done: number; total: number } | null;
  /** Label of the last step ("Create authorization" or "Modify authorization"). */
  lastStepLabel?: string;
}

export function CreateProgress({ steps, failure, grants, lastStepLabel }: CreateProgressProps) {
  const { t } = useTranslation('global-config');
  const label = (s: CreateStep) => (s === 'authorization' && lastStepLabel ? lastStepLabel : t(`steps.${s}`));
  const order: CreateStep[] = ['agency', 'grants', 'authorization'];
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600} id="create-progress-label">
        {t('steps.label')}
      </Text>
      <List aria-labelledby="create-progress-label" listStyleType="none" spacing={6} aria-live="polite">
        {order.map((s) => (
          <List.Item key={s}>
            <Group gap="xs" wrap="nowrap">
              <StepIcon status={steps[s]} />
              <Text size="sm" fw={steps[s] === 'running' ? 600 : 400}>
                {label(s)}
              </Text>
              <Text size="sm" c={steps[s] === 'failed' ? 'red.8' : 'dimmed'}>
                — {t(`steps.status.${steps[s]}`)}
                {s === 'grants' && grants && steps.grants !== 'skipped' ? ` (${t('steps.grantsCount', grants)})` : ''}
              </Text>
            </Group>
          </List.Item>
        ))}
      </List>
      {failure ? (
        <Stack gap={4}>
          <ErrorAlert error={failure.error} title={t('steps.failed', { step: label(failure.step) })} />
          <Text size="sm" c="dimmed">
            {t('steps.resume')}
          </Text>
        </Stack>
      ) : null}
    </Stack>
  );
}
