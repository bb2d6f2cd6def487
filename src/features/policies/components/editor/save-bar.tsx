/** Why Save is blocked (or whether anything is unsaved), Cancel and Save. */
import { Button, Group, Text } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface SaveBarProps {
  blockers: readonly string[];
  dirty: boolean;
  saving: boolean;
  onCancel: () => void;
  onSave: () => void;
}

export function SaveBar({ blockers, dirty, saving, onCancel, onSave }: SaveBarProps) {
  const { t } = useTranslation('policy-editor');
  return (
    <Group justify="space-between" wrap="wrap" gap="sm">
      <Text size="sm" c={blockers.length > 0 ? 'red.8' : 'dimmed'} id="policy-save-status" aria-live="polite">
        {blockers.length > 0 ? blockers.join(' ') : dirty ? t('save.unsaved') : t('save.upToDate')}
      </Text>
      <Group gap="sm">
        <Button variant="default" onClick={onCancel}>
          {t('action.cancel')}
        </Button>
        <Button
          variant="filled"
          leftSection={<IconDeviceFloppy size={16} aria-hidden />}
          onClick={onSave}
          loading={saving}
          disabled={blockers.length > 0}
          aria-describedby="policy-save-status"
        >
          {t('save.button')}
        </Button>
      </Group>
    </Group>
  );
}
