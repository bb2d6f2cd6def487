/**
 * The Global Configuration table: server-side sort (sortable headers with aria-sort), paging and
 * page size. Free text (user names, agency names) is rendered as text only.
 */
import { Box, Button, Group, Pagination, Skeleton, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconArrowsSort, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Authorization } from '@/api/contracts/modelarts';
import { DeferredSelect } from '@/components/deferred/deferred-select';
import type { AuthorizationSortField, SortOrder } from '@/api/resources/authorizations';
import { formatCreateTime } from '@/components/format/date-time';
import { PAGE_SIZES } from '../hooks/use-list-params';
import { authorizedToLabel } from './labels';

export interface AuthorizationTableProps {
  rows: Authorization[];
  total: number;
  /** First load: skeleton rows. */
  loading: boolean;
  /** A new page is being fetched while the old one shows. */
  fetching: boolean;
  sortBy: AuthorizationSortField;
  order: SortOrder;
  onSort: (field: AuthorizationSortField) => void;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  onPageSizeChange: (size: number) => void;
  onViewPermissions: (row: Authorization) => void;
  /** Absent for a read-only viewer: no Operation buttons. */
  onModify?: (row: Authorization) => void;
  onDelete?: (row: Authorization) => void;
  /** Shown in place of the body when there are no rows. */
  empty: ReactNode;
}

function SortHeader({
  field,
  label,
  sortBy,
  order,
  onSort,
}: {
  field: AuthorizationSortField;
  label: string;
  sortBy: AuthorizationSortField;
  order: SortOrder;
  onSort: (f: AuthorizationSortField) => void;
}) {
  const active = sortBy === field;
  const Icon = !active ? IconArrowsSort : order === 'asc' ? IconSortAscending : IconSortDescending;
  return (
    <Table.Th scope="col" aria-sort={active ? (order === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton onClick={() => onSort(field)} fw={700} fz="sm">
        <Group gap={4} wrap="nowrap">
          {label}
          <Icon size={14} aria-hidden />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

export function AuthorizationTable(props: AuthorizationTableProps) {
  const { t } = useTranslation('global-config');
  const { rows, total, loading, fetching, sortBy, order, onSort, page, pageSize } = props;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const readOnly = !props.onModify && !props.onDelete;

  return (
    <Box>
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('table.label')} aria-busy={loading || fetching ? true : undefined}>
          <Table.Thead>
            <Table.Tr>
              <SortHeader field="user_name" label={t('column.authorizedTo')} sortBy={sortBy} order={order} onSort={onSort} />
              <Table.Th scope="col">{t('column.authorizedUser')}</Table.Th>
              <Table.Th scope="col">{t('column.type')}</Table.Th>
              <Table.Th scope="col">{t('column.content')}</Table.Th>
              <SortHeader field="create_time" label={t('column.createTime')} sortBy={sortBy} order={order} onSort={onSort} />
              {readOnly ? null : <Table.Th scope="col">{t('column.operation')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody style={{ opacity: fetching && !loading ? 0.6 : 1, transition: 'opacity 120ms' }}>
            {loading
              ? Array.from({ length: Math.min(pageSize, 5) }, (_, i) => (
                  <Table.Tr key={i} aria-hidden>
                    {Array.from({ length: readOnly ? 5 : 6 }, (__, j) => (
                      <Table.Td key={j}>
                        <Skeleton height={14} radius="sm" />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))
              : rows.map((row) => (
                  <Table.Tr key={`${row.user_type}:${row.user_id}`}>
                    <Table.Td>
                      <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                        {authorizedToLabel(row, t)}
                      </Text>
                    </Table.Td>
                    <Table.Td>{t(`userType.${row.user_type}`)}</Table.Td>
                    <Table.Td>{t(`authType.${row.type}`)}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="wrap">
                        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                          {row.content}
                        </Text>
                        <Button variant="subtle" size="compact-sm" onClick={() => props.onViewPermissions(row)}>
                          {t('action.viewPermissions')}
                        </Button>
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {formatCreateTime(row.create_time)}
                      </Text>
                    </Table.Td>
                    {readOnly ? null : (
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          {props.onModify ? (
                            <Button variant="subtle" size="compact-sm" onClick={() => props.onModify?.(row)}>
                              {t('action.modify')}
                            </Button>
                          ) : null}
                          {props.onDelete ? (
                            <Button variant="subtle" color="red" size="compact-sm" onClick={() => props.onDelete?.(row)}>
                              {t('action.delete')}
                            </Button>
                          ) : null}
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {!loading && rows.length === 0 ? props.empty : null}
      {fetching && !loading ? (
        <VisuallyHidden role="status">{t('table.updating')}</VisuallyHidden>
      ) : null}
      <Group justify="space-between" mt="sm" wrap="wrap">
        <Text size="sm" c="dimmed">
          {t('table.total', { count: total })}
        </Text>
        <Group gap="sm" component="nav" aria-label={t('table.pagination')}>
          <DeferredSelect
            aria-label={t('table.pageSize')}
            data={PAGE_SIZES.map((s) => ({ value: String(s), label: t('table.perPage', { count: s }) }))}
            value={String(pageSize)}
            onChange={(v) => v && props.onPageSizeChange(Number(v))}
            allowDeselect={false}
            w={120}
            size="xs"
          />
          <Pagination
            total={pages}
            value={Math.min(page, pages)}
            onChange={props.onPageChange}
            size="sm"
            siblings={1}
            getControlProps={(control) => ({
              'aria-label': control === 'previous' ? t('table.previous') : control === 'next' ? t('table.next') : control,
            })}
            getItemProps={(p) => ({ 'aria-label': t('table.page', { page: p }), 'aria-current': p === page ? 'page' : undefined })}
          />
        </Group>
      </Group>
    </Box>
  );
}
