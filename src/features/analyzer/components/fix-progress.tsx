/** The steps of applying a fix with their state (icon + words, announced politely). */
import { Group, List, Loader, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconCircleDashed, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { StepStatus } from '../hooks/use-apply-fix';
import type { FixStep } from '../lib/fix-plan';

export function stepLabel(step: FixStep, t: (key: string, o?: Record<string, unknown>) => string): string {
  switch (step.type) {
    case 'createPolicy':
      return t('fix.step.createPolicy', { name: step.policy.name });
    case 'createGroup':
      return t('fix.step.createGroup', { group: step.name });
    case 'addUser':
      return t('fix.step.addUser', { user: step.userName });
    case 'grantGroup':
      return t(step.policy.kind === 'global' ? 'fix.step.grantGroupGlobal' : 'fix.step.grantGroupProject', { name: step.policy.name, group: step.groupName });
    case 'grantAgency':
      return t('fix.step.grantAgency', { name: step.policy.name, agency: step.agencyName });
  }
}

function StatusIcon({ status }: { status: StepStatus }) {
  if (status === 'running') return <Loader size={16} aria-hidden />;
  const look = { done: { color: 'green.9', Icon: IconCheck }, failed: { color: 'red.9', Icon: IconX }, pending: { color: 'gray.7', Icon: IconCircleDashed } }[status];
  return (
    <ThemeIcon size={18} radius="xl" color={look.color} variant="filled" aria-hidden>
      <look.Icon size={12} />
    </ThemeIcon>
  );
}

export function FixProgress({ steps, status }: { steps: FixStep[]; status: Record<string, StepStatus> }) {
  const { t } = useTranslation('analyzer');
  return (
    <List spacing={4} listStyleType="none" aria-label={t('fix.progress')} aria-live="polite">
      {steps.map((s) => {
        const st = status[s.id] ?? 'pending';
        return (
          <List.Item key={s.id}>
            <Group gap="xs" wrap="nowrap">
              <StatusIcon status={st} />
              <Text size="sm">
                {stepLabel(s, t)} — {t(`fix.status.${st}`)}
              </Text>
            </Group>
          </List.Item>
        );
      })}
    </List>
  );
}
