/** One server page of user groups: name (opens the group), description, created, Delete. */
import { Anchor, Button, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Group } from '@/api/contracts/iam';
import { DataTable, type DataTableColumn, useWorkspaceSearch } from '@/components';
import type { ListQuery } from '../../api/list-params';
import { formatTime } from '../../lib/format-time';

export interface GroupsTableProps {
  rows: Group[];
  total: number;
  query: ListQuery;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  onQuery: (patch: Partial<ListQuery>) => void;
  onDelete: (group: Group) => void;
  deletingId: string | null;
}

export function GroupsTable({ rows, total, query, loading, error, onRetry, onQuery, onDelete, deletingId }: GroupsTableProps) {
  const { t, i18n } = useTranslation('iam');
  const search = useWorkspaceSearch();
  const columns: DataTableColumn<Group>[] = [
    {
      key: 'name',
      header: t('groups.name'),
      render: (g) => (
        <Anchor component={Link} to={{ pathname: `/iam/groups/${encodeURIComponent(g.id)}`, search }}>
          {g.name}
        </Anchor>
      ),
    },
    { key: 'description', header: t('form.description'), render: (g) => <Text size="sm" lineClamp={2}>{g.description || '—'}</Text> },
    { key: 'created', header: t('users.created_time'), render: (g) => formatTime(g.create_time, i18n.language) },
    {
      key: 'op',
      header: t('action.operation'),
      render: (g) =>
        g.name === 'admin' ? (
          <Text size="sm" c="dimmed">
            {t('groups.builtIn')}
          </Text>
        ) : (
          <Button
            size="xs"
            variant="subtle"
            color="red.8"
            leftSection={<IconTrash size={14} aria-hidden />}
            onClick={() => onDelete(g)}
            loading={deletingId === g.id}
            aria-label={t('groups.deleteNamed', { name: g.name })}
          >
            {t('action.delete')}
          </Button>
        ),
    },
  ];
  return (
    <DataTable
      label={t('groups.table')}
      columns={columns}
      rows={rows}
      rowKey={(g) => g.id}
      total={total}
      page={query.page}
      pageSize={query.pageSize}
      onPageChange={(page) => onQuery({ page })}
      onPageSizeChange={(pageSize) => onQuery({ pageSize, page: 1 })}
      loading={loading}
      error={error}
      onRetry={onRetry}
    />
  );
}
