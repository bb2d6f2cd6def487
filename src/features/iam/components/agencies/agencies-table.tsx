/** The agencies list: name (opens the agency), delegated party, validity, description, used by, created, Modify | Delete. */
import { Anchor, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Agency, Project } from '@/api/contracts/iam';
import { usesOf, type AgencyUsage } from '@/api/resources/agencies';
import { DataTable, formatDateTime, useWorkspaceSearch, type DataTableColumn } from '@/components';
import { delegatedParty, usedByLabels, validityLabel } from './agency-labels';
import { paths } from '@/components/navigation/paths';

export interface AgenciesTableProps {
  rows: Agency[];
  total: number;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  usage: AgencyUsage | undefined;
  projects: readonly Project[];
  onModify: (a: Agency) => void;
  onDelete: (a: Agency) => void;
  deletingId: string | undefined;
}

export function AgenciesTable(p: AgenciesTableProps) {
  const { t } = useTranslation('iam');
  const search = useWorkspaceSearch();
  const columns: DataTableColumn<Agency>[] = [
    {
      key: 'name',
      header: t('agencies.name'),
      render: (a) => (
        <Anchor component={Link} to={{ pathname: paths.agency(a.id), search }}>
          {a.name}
        </Anchor>
      ),
    },
    { key: 'delegate', header: t('agencies.delegate'), render: (a) => delegatedParty(a, t) },
    { key: 'validity', header: t('agencies.validity'), render: (a) => validityLabel(a, t) },
    { key: 'description', header: t('form.description'), render: (a) => <Text size="sm" lineClamp={2}>{a.description || '—'}</Text> },
    {
      key: 'usedBy',
      header: t('agencies.usedBy'),
      render: (a) => {
        if (!p.usage) return '…';
        const labels = usedByLabels(usesOf(p.usage, a), p.projects, t);
        if (labels.length === 0) return t('agencies.unused');
        return (
          <Text size="sm" lineClamp={2} title={labels.join(', ')}>
            {labels.length > 3 ? t('agencies.usedByMore', { list: labels.slice(0, 3).join(', '), count: labels.length - 3 }) : labels.join(', ')}
          </Text>
        );
      },
    },
    { key: 'created', header: t('users.created_time'), render: (a) => formatDateTime(a.create_time) },
    {
      key: 'op',
      header: t('action.operation'),
      render: (a) => (
        <Group gap={0} wrap="nowrap">
          <Button size="xs" variant="subtle" onClick={() => p.onModify(a)} aria-label={t('agencies.modifyNamed', { name: a.name })}>
            {t('agencies.modify')}
          </Button>
          <Button size="xs" variant="subtle" color="red.8" onClick={() => p.onDelete(a)} loading={p.deletingId === a.id} aria-label={t('agencies.deleteNamed', { name: a.name })}>
            {t('action.delete')}
          </Button>
        </Group>
      ),
    },
  ];
  return (
    <DataTable
      label={t('agencies.table')}
      columns={columns}
      rows={p.rows}
      rowKey={(a) => a.id}
      total={p.total}
      page={p.page}
      pageSize={p.pageSize}
      onPageChange={p.onPage}
      onPageSizeChange={p.onPageSize}
      loading={p.loading}
      error={p.error}
      onRetry={p.onRetry}
    />
  );
}
