/** The policies: name (custom → editor, system → read-only view), type, kind, description, used by, operations. */
import { Anchor, Badge, Button, Group, Text } from '@mantine/core';
import { IconEye, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Role } from '@/api/contracts/iam';
import { DataTable, type DataTableColumn, useWorkspaceSearch } from '@/components';
import type { PolicyRow } from './policy-rows';
import { UsedBy } from './used-by';
import { paths } from '@/components/navigation/paths';

export interface PoliciesTableProps {
  rows: PolicyRow[];
  holdersKnown: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  onView: (role: Role) => void;
  onDelete: (row: PolicyRow) => void;
  deletingId: string | null;
}

export function PoliciesTable(props: PoliciesTableProps) {
  const { t, i18n } = useTranslation('policies');
  const search = useWorkspaceSearch();
  const editorLink = (role: Role) => ({ pathname: paths.policy(role.id), search });
  const columns: DataTableColumn<PolicyRow>[] = [
    {
      key: 'name',
      header: t('column.name'),
      render: ({ role }) =>
        role.catalog === 'custom' ? (
          <Anchor component={Link} to={editorLink(role)}>
            {role.display_name}
          </Anchor>
        ) : (
          <Anchor component="button" type="button" onClick={() => props.onView(role)} ta="left">
            {role.display_name}
          </Anchor>
        ),
    },
    { key: 'type', header: t('column.type'), render: ({ role }) => t(`type.${role.catalog}`) },
    {
      key: 'kind',
      header: t('column.kind'),
      width: 120,
      render: ({ kind }) => (
        <Badge variant="filled" color={kind === 'global' ? 'grape.9' : 'blue.9'} tt="none">
          {t(`kind.${kind}`)}
        </Badge>
      ),
    },
    {
      key: 'description',
      header: t('column.description'),
      render: ({ role }) => (
        <Text size="sm" lineClamp={2} maw={360}>
          {(i18n.language === 'zh' && role.description_cn) || role.description || '—'}
        </Text>
      ),
    },
    { key: 'usedBy', header: t('column.usedBy'), render: (r) => <UsedBy holders={props.holdersKnown ? r.holders : null} /> },
    {
      key: 'op',
      header: t('column.operation'),
      render: (r) => (
        <Group gap={4} wrap="nowrap">
          {r.role.catalog === 'custom' ? (
            <>
              <Button component={Link} to={editorLink(r.role)} size="xs" variant="subtle" leftSection={<IconPencil size={14} aria-hidden />} aria-label={t('action.editNamed', { name: r.role.display_name })}>
                {t('action.edit')}
              </Button>
              <Button
                size="xs"
                variant="subtle"
                color="red.8"
                leftSection={<IconTrash size={14} aria-hidden />}
                loading={props.deletingId === r.role.id}
                onClick={() => props.onDelete(r)}
                aria-label={t('action.deleteNamed', { name: r.role.display_name })}
              >
                {t('action.delete')}
              </Button>
            </>
          ) : (
            <Button size="xs" variant="subtle" leftSection={<IconEye size={14} aria-hidden />} onClick={() => props.onView(r.role)} aria-label={t('action.viewNamed', { name: r.role.display_name })}>
              {t('action.view')}
            </Button>
          )}
        </Group>
      ),
    },
  ];
  return (
    <DataTable
      label={t('table')}
      columns={columns}
      rows={props.rows.slice((props.page - 1) * props.pageSize, props.page * props.pageSize)}
      rowKey={(r) => r.role.id}
      total={props.rows.length}
      page={props.page}
      pageSize={props.pageSize}
      onPageChange={props.onPage}
      onPageSizeChange={props.onPageSize}
      loading={props.loading}
      error={props.error}
      onRetry={props.onRetry}
    />
  );
}
