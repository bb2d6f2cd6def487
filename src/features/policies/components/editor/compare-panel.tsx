/** "Compare with saved version": the actions the draft grants that the saved version did not. */
import { Alert, Code, List, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconAlertTriangle } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyDocument } from '@/iam';
import { newAccess } from '../../model';

export interface ComparePanelProps {
  saved: PolicyDocument | null;
  draft: PolicyDocument | undefined;
}

export function ComparePanel({ saved, draft }: ComparePanelProps) {
  const { t } = useTranslation('policy-editor');
  const result = useMemo(() => (draft === undefined ? null : newAccess(saved, draft)), [saved, draft]);
  if (result === null) return <Alert color="yellow" variant="light" role="status">{t('compare.unavailable')}</Alert>;
  const total = result.actions.length + result.patterns.length;
  if (total === 0) {
    return (
      <Alert color="green" variant="light" icon={<IconCircleCheck size={18} aria-hidden />} title={t('compare.noNewAccess')} role="status">
        {saved === null ? t('compare.nothingGranted') : t('compare.noNewAccessBody')}
      </Alert>
    );
  }
  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />} title={t('compare.newAccess', { count: total })} role="status">
      <Stack gap="xs">
        <Text size="sm">{saved === null ? t('compare.notSaved') : t('compare.newAccessBody')}</Text>
        <List size="sm" aria-label={t('compare.listLabel')}>
          {[...result.patterns, ...result.actions].map((a) => (
            <List.Item key={a}>
              <Code>{a}</Code>
            </List.Item>
          ))}
        </List>
      </Stack>
    </Alert>
  );
}
