/** One server page of users: name (opens the user), type, description, created, Delete. */
import { Anchor, Badge, Button, Group, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { User } from '@/api/contracts/iam';
import { DataTable, type DataTableColumn, useWorkspaceSearch } from '@/components';
import type { ListQuery } from '../../api/list-params';
import { formatTime } from '../../lib/format-time';

export interface UsersTableProps {
  rows: User[];
  total: number;
  query: ListQuery;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  onQuery: (patch: Partial<ListQuery>) => void;
  onDelete: (user: User) => void;
  deletingId: string | null;
}

export function UsersTable({ rows, total, query, loading, error, onRetry, onQuery, onDelete, deletingId }: UsersTableProps) {
  const { t, i18n } = useTranslation('iam');
  const search = useWorkspaceSearch();
  const columns: DataTableColumn<User>[] = [
    {
      key: 'name',
      header: t('users.name'),
      render: (u) => (
        <Group gap="xs" wrap="nowrap">
          <Anchor component={Link} to={{ pathname: `/iam/users/${encodeURIComponent(u.id)}`, search }}>
            {u.name}
          </Anchor>
          {u.is_root ? <Badge variant="filled" color="dark" size="sm">{t('users.root')}</Badge> : null}
          {u.is_admin && !u.is_root ? <Badge variant="filled" color="orange.9" size="sm">{t('users.admin')}</Badge> : null}
        </Group>
      ),
    },
    { key: 'type', header: t('users.type'), render: (u) => t(`users.types.${u.type}`) },
    { key: 'description', header: t('form.description'), render: (u) => <Text size="sm" lineClamp={2}>{u.description || '—'}</Text> },
    { key: 'created', header: t('users.created_time'), render: (u) => formatTime(u.create_time, i18n.language) },
    {
      key: 'op',
      header: t('action.operation'),
      render: (u) =>
        u.is_root ? null : (
          <Button
            size="xs"
            variant="subtle"
            color="red.8"
            leftSection={<IconTrash size={14} aria-hidden />}
            onClick={() => onDelete(u)}
            loading={deletingId === u.id}
            aria-label={t('users.deleteNamed', { name: u.name })}
          >
            {t('action.delete')}
          </Button>
        ),
    },
  ];
  return (
    <DataTable
      label={t('users.table')}
      columns={columns}
      rows={rows}
      rowKey={(u) => u.id}
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
