/** The notice shown when a stored draft was restored: when it was written, and a way to discard it. */
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PolicyDraft } from '../../model';

export interface RestoredDraftAlertProps {
  draft: PolicyDraft;
  /** The saved version now, when the policy exists. */
  savedVersion: number | null;
  onDiscard: () => void;
}

export function RestoredDraftAlert({ draft, savedVersion, onDiscard }: RestoredDraftAlertProps) {
  const { t } = useTranslation('policy-editor');
  const newer = savedVersion !== null && draft.baseVersion !== null && draft.baseVersion !== savedVersion;
  return (
    <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} aria-hidden />} title={t('draft.restoredTitle')} role="status">
      <Stack gap="xs">
        <Text size="sm">
          {t('draft.restored', { time: new Date(draft.savedAt).toLocaleString() })}
          {newer ? ` ${t('draft.newerSaved', { version: savedVersion })}` : ''}
        </Text>
        <Group>
          <Button size="xs" variant="default" leftSection={<IconArrowBackUp size={14} aria-hidden />} onClick={onDiscard}>
            {t('draft.discard')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
