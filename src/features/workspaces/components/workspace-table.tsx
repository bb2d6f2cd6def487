/** The Workspaces list: name (opens the workspace page), enterprise project, type, owner, status, created, operations. */
import { Anchor, Badge, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Workspace } from '@/api/contracts/modelarts';
import { DataTable, DEFAULT_WORKSPACE_ID, type DataTableColumn } from '@/components';
import { useWorkspaceSearch } from '@/components/session/use-workspace-id';
import { formatTime } from '../lib/format';
import classes from './links.module.css';
import { OperationButtons } from './operation-buttons';
import { StatusBadge } from './status-badge';
import { paths } from '@/components/navigation/paths';

export interface WorkspaceTableProps {
  rows: Workspace[];
  total: number;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  onPageSizeChange: (size: number) => void;
  onEdit: (w: Workspace) => void;
  onDelete: (w: Workspace) => void;
  deletingId?: string;
  empty: ReactNode;
}

export function WorkspaceTable(props: WorkspaceTableProps) {
  const { t, i18n } = useTranslation('workspaces');
  const search = useWorkspaceSearch();
  const columns: DataTableColumn<Workspace>[] = [
    {
      key: 'name',
      header: t('column.name'),
      render: (w) => (
        <Group gap={6} wrap="nowrap">
          <Anchor component={Link} to={{ pathname: paths.workspace(w.id), search }} className={classes.link} fw={600} size="sm" style={{ wordBreak: 'break-all' }}>
            {w.name}
          </Anchor>
          {w.id === DEFAULT_WORKSPACE_ID ? (
            <Badge size="xs" variant="outline" color="gray">
              {t('default.badge')}
            </Badge>
          ) : null}
        </Group>
      ),
    },
    { key: 'ep', header: t('column.enterpriseProject'), render: (w) => w.enterprise_project_name || w.enterprise_project_id },
    { key: 'type', header: t('column.authType'), render: (w) => t(`authType.${w.auth_type}`) },
    { key: 'owner', header: t('column.owner'), render: (w) => w.owner_name ?? w.owner },
    { key: 'status', header: t('column.status'), render: (w) => <StatusBadge status={w.status} /> },
    {
      key: 'created',
      header: t('column.created'),
      render: (w) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatTime(w.create_time, i18n.language)}
        </Text>
      ),
    },
    {
      key: 'operation',
      header: t('column.operation'),
      render: (w) => <OperationButtons workspace={w} onEdit={props.onEdit} onDelete={props.onDelete} deleting={props.deletingId === w.id} />,
    },
  ];
  return (
    <DataTable
      label={t('table.label')}
      columns={columns}
      rows={props.rows}
      rowKey={(w) => w.id}
      total={props.total}
      page={props.page}
      pageSize={props.pageSize}
      onPageChange={props.onPageChange}
      onPageSizeChange={props.onPageSizeChange}
      loading={props.loading}
      empty={props.empty}
    />
  );
}
