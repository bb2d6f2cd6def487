/**
 * After a 409: the service's current values next to the user's, and the way out that loses
 * nothing — reapply my changes on top of the latest version (then review and save).
 */
import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconGitMerge } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '@/api/contracts/modelarts';
import { changedFields, EDITABLE_FIELDS, valuesOf, type EditableField, type WorkspaceFormValues } from '../lib/workspace-form';

export interface ConflictViewProps {
  base: WorkspaceFormValues;
  baseVersion: number;
  mine: WorkspaceFormValues;
  server: Workspace;
  onReapply: () => void;
  onDiscard: () => void;
  onBack: () => void;
}

export function ConflictView({ base, baseVersion, mine, server, onReapply, onDiscard, onBack }: ConflictViewProps) {
  const { t } = useTranslation('workspaces');
  const theirs = valuesOf(server);
  const mineChanged = new Set(changedFields(base, mine));
  const show = (f: EditableField, v: WorkspaceFormValues) => {
    if (f === 'authType') return t(`authType.${v.authType}`);
    if (f === 'grants') return v.authType === 'INTERNAL' && v.grants.length ? v.grants.map((g) => g.name).join(', ') : t('conflict.none');
    return v[f] || t('conflict.none');
  };
  return (
    <Stack gap="md">
      <Alert color="orange" variant="light" icon={<IconGitMerge size={18} aria-hidden />}>
        <Text size="sm">{t('conflict.body', { theirs: server.version, yours: baseVersion })}</Text>
      </Alert>
      <Table withTableBorder verticalSpacing="xs" aria-label={t('conflict.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('conflict.field')}</Table.Th>
            <Table.Th scope="col">{t('conflict.yours')}</Table.Th>
            <Table.Th scope="col">{t('conflict.theirs')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {EDITABLE_FIELDS.map((f) => (
            <Table.Tr key={f}>
              <Table.Th scope="row" fw={600}>
                {t(`conflict.fields.${f}`)}
              </Table.Th>
              <Table.Td style={{ wordBreak: 'break-word' }}>
                <Text size="sm" fw={mineChanged.has(f) ? 700 : 400}>
                  {show(f, mine)}
                </Text>
                {mineChanged.has(f) ? null : (
                  <Text size="xs" c="dimmed">
                    {t('conflict.unchanged')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ wordBreak: 'break-word' }}>
                <Text size="sm">{show(f, theirs)}</Text>
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
