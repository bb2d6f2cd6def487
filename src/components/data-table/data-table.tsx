/**
 * A paginated table: Mantine Table + Pagination + a page-size Select. Server- or client-side:
 * pass `rows` for the current page and `total`, and handle `onPageChange` / `onPageSizeChange`.
 * Shows a loading overlay, an error (with retry) or an empty state in place of the body.
 */
import { Box, Group, LoadingOverlay, Pagination, Select, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../feedback/error-alert';
import { EmptyState } from '../feedback/empty-state';
import { DEFAULT_PAGE_SIZES } from './use-list-params';

export interface DataTableColumn<T> {
  key: string;
  header: ReactNode;
  render: (row: T) => ReactNode;
  width?: number | string;
}

export interface DataTableProps<T> {
  /** Accessible name of the table (e.g. the page or list name). */
  label: string;
  columns: DataTableColumn<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  total: number;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  onPageSizeChange?: (size: number) => void;
  pageSizes?: number[];
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  empty?: ReactNode;
}

export function DataTable<T>({
  label,
  columns,
  rows,
  rowKey,
  total,
  page,
  pageSize,
  onPageChange,
  onPageSizeChange,
  pageSizes = DEFAULT_PAGE_SIZES,
  loading,
  error,
  onRetry,
  empty,
}: DataTableProps<T>) {
  const { t } = useTranslation('common');
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (error) return <ErrorAlert error={error} onRetry={onRetry} />;
  return (
    <Box pos="relative">
      <LoadingOverlay visible={!!loading} zIndex={5} overlayProps={{ blur: 1 }} />
      <Table.ScrollContainer minWidth={640}>
        <Table striped highlightOnHover verticalSpacing="sm" aria-label={label} aria-busy={loading ? true : undefined}>
          <Table.Thead>
            <Table.Tr>
              {columns.map((c) => (
                <Table.Th key={c.key} style={c.width ? { width: c.width } : undefined} scope="col">
                  {c.header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={rowKey(row)}>
                {columns.map((c) => (
                  <Table.Td key={c.key}>{c.render(row)}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {!loading && rows.length === 0 ? (empty ?? <EmptyState title={t('table.empty')} />) : null}
      <Group justify="space-between" mt="sm" wrap="wrap">
        <Text size="sm" c="dimmed">
          {t('table.total', { count: total })}
        </Text>
        <Group gap="sm">
          {onPageSizeChange ? (
            <Select
              aria-label={t('table.pageSize')}
              data={pageSizes.map((s) => ({ value: String(s), label: t('table.perPage', { count: s }) }))}
              value={String(pageSize)}
              onChange={(v) => v && onPageSizeChange(Number(v))}
              allowDeselect={false}
              w={130}
              size="xs"
            />
          ) : null}
          <Pagination
            total={pages}
            value={Math.min(page, pages)}
            onChange={onPageChange}
            size="sm"
            getControlProps={(control) => ({
              'aria-label': control === 'previous' ? t('table.previous') : control === 'next' ? t('table.next') : control,
            })}
            getItemProps={(p) => ({ 'aria-label': t('table.page', { page: p }) })}
          />
        </Group>
      </Group>
    </Box>
  );
}
