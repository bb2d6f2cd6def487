/**
 * One server page of users or user groups: name (opens the entity), the kind's own columns,
 * description, created, Delete (or what stands instead for a protected entity).
 */
import { Anchor, Button, Group, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type DataTableColumn, useWorkspaceSearch } from '@/components';
import type { ListQuery } from '@/api/resources/list-query';
import { formatTime } from '../../lib/format-time';
import { paths } from '@/components/navigation/paths';

export interface EntityRow {
  id: string;
  name: string;
  description: string;
  create_time?: number | undefined;
}

/** What a list page gives its table. */
export interface EntityTableProps<T extends EntityRow> {
  rows: T[];
  total: number;
  query: ListQuery;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  onQuery: (patch: Partial<ListQuery>) => void;
  onDelete: (row: T) => void;
  deletingId: string | null;
}

export interface EntityTableOwnProps<T extends EntityRow> {
  /** The i18n prefix and the route segment (`/iam/users/:id`, `/iam/groups/:id`). */
  kind: 'users' | 'groups';
  /** Wraps the name's link, e.g. with badges. */
  renderName?: (row: T, link: ReactNode) => ReactNode;
  /** Columns between name and description. */
  extraColumns?: DataTableColumn<T>[];
  /** A protected row cannot be deleted: `protectedCell` stands in the operation column instead. */
  isProtected: (row: T) => boolean;
  protectedCell?: ReactNode;
  /** Operations before Delete (a group's Authorize and Modify), for rows that are not protected. */
  rowActions?: (row: T) => ReactNode;
}

export function EntityTable<T extends EntityRow>(props: EntityTableProps<T> & EntityTableOwnProps<T>) {
  const { kind, rows, total, query, loading, error, onRetry, onQuery, onDelete, deletingId } = props;
  const { t, i18n } = useTranslation('iam');
  const search = useWorkspaceSearch();
  const columns: DataTableColumn<T>[] = [
    {
      key: 'name',
      header: t(`${kind}.name`),
      render: (r) => {
        const link = (
          <Anchor component={Link} to={{ pathname: kind === 'users' ? paths.user(r.id) : paths.group(r.id), search }}>
            {r.name}
          </Anchor>
        );
        return props.renderName ? props.renderName(r, link) : link;
      },
    },
    ...(props.extraColumns ?? []),
    { key: 'description', header: t('form.description'), render: (r) => <Text size="sm" lineClamp={2}>{r.description || '—'}</Text> },
    { key: 'created', header: t('users.created_time'), render: (r) => formatTime(r.create_time, i18n.language) },
    {
      key: 'op',
      header: t('action.operation'),
      render: (r) =>
        props.isProtected(r) ? (
          (props.protectedCell ?? null)
        ) : (
          <Group gap={0} wrap="nowrap">
            {props.rowActions?.(r)}
            <Button
              size="xs"
              variant="subtle"
              color="red.8"
              leftSection={<IconTrash size={14} aria-hidden />}
              onClick={() => onDelete(r)}
              loading={deletingId === r.id}
              aria-label={t(`${kind}.deleteNamed`, { name: r.name })}
            >
              {t('action.delete')}
            </Button>
          </Group>
        ),
    },
  ];
  return (
    <DataTable
      label={t(`${kind}.table`)}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.id}
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
