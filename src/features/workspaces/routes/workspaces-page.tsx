/**
 * Workspaces (route /workspaces): list with search and enterprise-project filter, Create
 * Workspace, Edit, Delete (asynchronous: DELETING, polled until gone). The default workspace
 * cannot be renamed or deleted.
 */
import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch, IconX } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/api/client';
import type { Workspace } from '@/api/contracts/modelarts';
import { DEFAULT_WORKSPACE_ID, EmptyState, ErrorAlert, PageLayout, useSetWorkspaceId, useWorkspaceId } from '@/components';
import { useEnterpriseProjects } from '@/api/resources/projects';
import { useWorkspaces } from '@/api/resources/workspaces';
import { WorkspaceFormModal } from '../components/workspace-form-modal';
import { WorkspaceTable } from '../components/workspace-table';
import type { EditorTarget } from '../components/workspace-editor';
import { useDeleteWorkspaceFlow } from '../hooks/use-delete-workspace-flow';
import { useListParams } from '../hooks/use-list-params';

export default function WorkspacesPage() {
  const { t } = useTranslation('workspaces');
  const { params, update } = useListParams();
  const [searchText, setSearchText] = useState(params.search);
  const [debounced] = useDebouncedValue(searchText.trim(), 300);
  useEffect(() => {
    if (debounced !== params.search) update({ search: debounced, page: 1 });
    // Only the typed text drives this; the URL may change by navigation too.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  const list = useWorkspaces({
    limit: params.pageSize,
    offset: (params.page - 1) * params.pageSize,
    sort_by: 'name',
    order: 'asc',
    name: params.search || undefined,
    enterprise_project_id: params.enterpriseProjectId || undefined,
  });
  const eps = useEnterpriseProjects();
  const total = list.data?.total_count ?? 0;
  useEffect(() => {
    if (list.data && list.data.workspaces.length === 0 && total > 0 && params.page > 1) update({ page: Math.max(1, Math.ceil(total / params.pageSize)) });
  }, [list.data, total, params.page, params.pageSize, update]);

  const [editing, setEditing] = useState<EditorTarget | null>(null);
  const selected = useWorkspaceId();
  const select = useSetWorkspaceId();
  // Deleting the workspace the console is scoped to: fall back to the default one.
  const del = useDeleteWorkspaceFlow((w) => w.id === selected && select(DEFAULT_WORKSPACE_ID));

  const createButton = (
    <Button variant="filled" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing({ kind: 'create' })}>
      {t('action.create')}
    </Button>
  );
  const filtered = !!(params.search || params.enterpriseProjectId);

  return (
    <PageLayout title={t('title')} description={t('help')} actions={createButton}>
      <Stack gap="sm">
        <Group gap="sm" wrap="wrap">
          <TextInput
            aria-label={t('search.label')}
            placeholder={t('search.placeholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={searchText}
            onChange={(e) => setSearchText(e.currentTarget.value)}
            maxLength={64}
            type="search"
            w={{ base: '100%', xs: 260 }}
          />
          <Select
            aria-label={t('search.enterpriseProject')}
            data={[{ value: '', label: t('search.allEnterpriseProjects') }, ...(eps.data ?? []).map((e) => ({ value: e.id, label: e.name }))]}
            value={params.enterpriseProjectId}
            onChange={(v) => update({ enterpriseProjectId: v ?? '', page: 1 })}
            allowDeselect={false}
            w={{ base: '100%', xs: 240 }}
          />
        </Group>
        {del.failure ? (
          <ErrorAlert error={del.failure.error} title={t('delete.failed', { name: del.failure.workspace.name })} onRetry={del.retry} retrying={del.pendingId !== undefined} />
        ) : null}
        {list.isError ? <ErrorAlert error={list.error} title={t('error.load')} onRetry={() => void list.refetch()} retrying={list.isFetching} /> : null}
        {list.error instanceof ApiError && list.error.status === 403 ? (
          <Text size="sm" c="dimmed">
            {t('error.forbiddenList')}
          </Text>
        ) : null}
        {list.isError && !list.data ? null : (
          <WorkspaceTable
            rows={list.data?.workspaces ?? []}
            total={total}
            loading={list.isPending}
            page={params.page}
            pageSize={params.pageSize}
            onPageChange={(page) => update({ page })}
            onPageSizeChange={(pageSize) => update({ pageSize, page: 1 })}
            onEdit={(w: Workspace) => setEditing({ kind: 'edit', workspace: w })}
            onDelete={(w: Workspace) => void del.start(w)}
            deletingId={del.pendingId}
            empty={
              filtered ? (
                <EmptyState
                  title={t('empty.searchTitle', { search: params.search || (eps.data?.find((e) => e.id === params.enterpriseProjectId)?.name ?? '') })}
                  description={t('empty.searchDescription')}
                  action={
                    <Button
                      variant="default"
                      leftSection={<IconX size={14} aria-hidden />}
                      onClick={() => {
                        setSearchText('');
                        update({ search: '', enterpriseProjectId: '', page: 1 });
                      }}
                    >
                      {t('empty.clearSearch')}
                    </Button>
                  }
                />
              ) : (
                <EmptyState title={t('empty.title')} description={t('empty.description')} action={createButton} />
              )
            }
          />
        )}
      </Stack>
      <WorkspaceFormModal target={editing} onClose={() => setEditing(null)} />
    </PageLayout>
  );
}
