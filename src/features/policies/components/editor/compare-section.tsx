/** "Compare with saved version": the no-new-access check, opened on demand. */
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconGitCompare } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PolicyDocument } from '@/iam';
import { ComparePanel } from './compare-panel';

export interface CompareSectionProps {
  saved: { policy: PolicyDocument; version: number | null } | null;
  draft: PolicyDocument | undefined;
  open: boolean;
  onToggle: () => void;
}

export function CompareSection({ saved, draft, open, onToggle }: CompareSectionProps) {
  const { t } = useTranslation('policy-editor');
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={t('compare.button')}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Text size="sm">{saved ? t('compare.help', { version: saved.version ?? '—' }) : t('compare.helpNew')}</Text>
          <Button variant="default" leftSection={<IconGitCompare size={16} aria-hidden />} onClick={onToggle} aria-expanded={open} aria-controls="policy-compare">
            {t('compare.button')}
          </Button>
        </Group>
        {open ? (
          <div id="policy-compare">
            <ComparePanel saved={saved?.policy ?? null} draft={draft} />
          </div>
        ) : null}
      </Stack>
    </Paper>
  );
}
