/** 409 stale version: someone saved the policy after this edit began. Nothing typed is lost. */
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '@/api/contracts/iam';

export interface ConflictModalProps {
  latest: Role | null;
  onReapply: (latest: Role) => void;
  onLoadTheirs: (latest: Role) => void;
  onClose: () => void;
}

export function ConflictModal({ latest, onReapply, onLoadTheirs, onClose }: ConflictModalProps) {
  const { t } = useTranslation('policy-editor');
  return (
    <Modal opened={latest !== null} onClose={onClose} title={t('conflict.title')} centered size="lg">
      {latest ? (
        <Stack gap="sm">
          <Text size="sm">{t('conflict.body', { version: latest.version ?? '?', name: latest.display_name })}</Text>
          <Text size="sm">{t('conflict.kept')}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => onLoadTheirs(latest)}>
              {t('conflict.loadTheirs')}
            </Button>
            <Button variant="filled" onClick={() => onReapply(latest)}>
              {t('conflict.reapply')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
