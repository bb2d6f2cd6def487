/** User Groups (route /iam/groups): server-side search and paging, Create User Group, Delete. */
import { Button, TextInput } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Group } from '@/api/contracts/iam';
import { confirmAction, notifyError, notifySuccess, PageLayout, useWorkspaceSearch } from '@/components';
import { useDeleteGroup } from '../api/delete-group';
import { useGroups } from '../api/get-groups';
import { CreateGroupModal } from '../components/groups/create-group-modal';
import { GroupsTable } from '../components/groups/groups-table';
import { useClampPage, useListQuery } from '../hooks/use-list-query';

export default function GroupsPage() {
  const { t } = useTranslation('iam');
  const navigate = useNavigate();
  const search = useWorkspaceSearch();
  const { query, update, searchText, setSearchText } = useListQuery();
  const list = useGroups(query);
  useClampPage(query, list.data?.total_count, list.data?.groups.length, update);
  const [creating, setCreating] = useState(false);
  const del = useDeleteGroup();

  const onDelete = async (group: Group) => {
    const ok = await confirmAction({
      title: t('groups.deleteTitle', { name: group.name }),
      message: t('groups.deleteBody', { name: group.name }),
      confirmLabel: t('action.delete'),
      danger: true,
    });
    if (!ok) return;
    del.mutate(group.id, {
      onSuccess: () => notifySuccess(t('groups.deleted', { name: group.name })),
      onError: (e) => notifyError(t('groups.deleteFailed', { name: group.name }), e),
    });
  };

  return (
    <PageLayout
      title={t('groups.title')}
      description={t('groups.intro')}
      actions={
        <Button variant="filled" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
          {t('groups.create')}
        </Button>
      }
    >
      <TextInput
        label={t('groups.search')}
        placeholder={t('groups.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={searchText}
        onChange={(e) => setSearchText(e.currentTarget.value)}
        maw={360}
      />
      <GroupsTable
        rows={list.data?.groups ?? []}
        total={list.data?.total_count ?? 0}
        query={query}
        loading={list.isFetching}
        error={list.isError ? list.error : null}
        onRetry={() => void list.refetch()}
        onQuery={update}
        onDelete={(g) => void onDelete(g)}
        deletingId={del.isPending ? (del.variables ?? null) : null}
      />
      {creating ? (
        <CreateGroupModal
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            void navigate({ pathname: `/iam/groups/${encodeURIComponent(id)}`, search });
          }}
        />
      ) : null}
    </PageLayout>
  );
}
