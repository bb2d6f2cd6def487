/**
 * After a 409: the service's current values next to the user's, and the ways out that lose
 * nothing — reapply my changes on top of the latest version (then review and save), back to my
 * edit, or discard my changes. Used by every editor whose resource carries a version.
 */
import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconGitMerge } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../feedback/error-alert';
import type { ConflictState } from './use-conflict';

export interface ConflictRow {
  key: string;
  label: string;
  mine: string;
  theirs: string;
  /** Whether the user changed this value (shown bold; otherwise marked unchanged). */
  changed: boolean;
}

export interface ConflictReviewProps {
  /** What happened: who saved which version, and that nothing was overwritten. */
  message: string;
  /** The table's accessible name. */
  label: string;
  rows: ConflictRow[];
  onReapply: () => void;
  onDiscard: () => void;
  onBack: () => void;
}

export function ConflictReview({ message, label, rows, onReapply, onDiscard, onBack }: ConflictReviewProps) {
  const { t } = useTranslation('common');
  return (
    <Stack gap="md">
      <Alert color="orange" variant="light" icon={<IconGitMerge size={18} aria-hidden />}>
        <Text size="sm">{message}</Text>
      </Alert>
      <Table withTableBorder verticalSpacing="xs" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('conflict.field')}</Table.Th>
            <Table.Th scope="col">{t('conflict.yours')}</Table.Th>
            <Table.Th scope="col">{t('conflict.theirs')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Th scope="row" fw={600}>
                {r.label}
              </Table.Th>
              <Table.Td style={{ wordBreak: 'break-word' }}>
                <Text size="sm" fw={r.changed ? 700 : 400}>
                  {r.mine}
                </Text>
                {r.changed ? null : (
                  <Text size="xs" c="dimmed">
                    {t('conflict.unchanged')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ wordBreak: 'break-word' }}>
                <Text size="sm">{r.theirs}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onBack}>
          {t('conflict.back')}
        </Button>
        <Button variant="default" color="red" onClick={onDiscard}>
          {t('conflict.discard')}
        </Button>
        <Button variant="filled" onClick={onReapply} data-autofocus>
          {t('conflict.reapply')}
        </Button>
      </Group>
    </Stack>
  );
}

/** While the latest version loads after a 409, or why it could not be loaded (with Retry). */
export function ConflictPending({ conflict, onRetry }: { conflict: ConflictState<unknown>; onRetry: () => void }) {
  const { t } = useTranslation('common');
  return conflict.error ? (
    <ErrorAlert error={conflict.error} title={t('conflict.loadFailed')} onRetry={onRetry} />
  ) : (
    <Text size="sm" role="status">
      {t('conflict.loading')}
    </Text>
  );
}
