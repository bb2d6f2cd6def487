/** The workspace's details as a description list. Free text (name, description) renders as text. */
import { Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '@/api/contracts/modelarts';
import { formatTime } from '../lib/format';
import { StatusBadge } from './status-badge';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text component="dt" size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text component="dd" size="sm" m={0} style={{ wordBreak: 'break-word' }}>
        {children}
      </Text>
    </Stack>
  );
}

export function WorkspaceDetails({ workspace: w }: { workspace: Workspace }) {
  const { t, i18n } = useTranslation('workspaces');
  const grants =
    w.auth_type !== 'INTERNAL' ? (
      <Text span size="sm" c="dimmed">
        {t('detail.notInternal')}
      </Text>
    ) : w.grants.length === 0 ? (
      t('detail.noGrants')
    ) : (
      <Group gap={4} component="span">
        {w.grants.map((g) => (
          <Badge key={g.user_id} variant="light" color="gray" style={{ textTransform: 'none' }}>
            {g.user_name}
          </Badge>
        ))}
      </Group>
    );
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm" m={0}>
      <Item label={t('column.name')}>{w.name}</Item>
      <Item label={t('detail.id')}>
        <Text span size="sm" ff="monospace">
          {w.id}
        </Text>
      </Item>
      <Item label={t('column.status')}>
        <StatusBadge status={w.status} />
      </Item>
      <Item label={t('column.enterpriseProject')}>{w.enterprise_project_name || w.enterprise_project_id}</Item>
      <Item label={t('column.authType')}>
        {t(`authType.${w.auth_type}`)} — {t(`authTypeHelp.${w.auth_type}`)}
      </Item>
      <Item label={t('column.owner')}>{w.owner_name ?? w.owner}</Item>
      <Item label={t('detail.grants')}>{grants}</Item>
      <Item label={t('detail.description')}>{w.description || t('detail.noDescription')}</Item>
      <Item label={t('detail.created')}>{formatTime(w.create_time, i18n.language)}</Item>
      <Item label={t('detail.updated')}>{formatTime(w.update_time, i18n.language)}</Item>
      <Item label={t('detail.version')}>{w.version}</Item>
    </SimpleGrid>
  );
}
