/** Users (route /iam/users): server-side search and paging, Create User, Delete (confirmation). */
import { Button, TextInput } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { User } from '@/api/contracts/iam';
import { confirmAction, notifyError, notifySuccess, PageLayout, useWorkspaceSearch } from '@/components';
import { useDeleteUser } from '../api/delete-user';
import { useUsers } from '../api/get-users';
import { CreateUserModal } from '../components/users/create-user-modal';
import { UsersTable } from '../components/users/users-table';
import { useClampPage, useListQuery } from '../hooks/use-list-query';

export default function UsersPage() {
  const { t } = useTranslation('iam');
  const navigate = useNavigate();
  const search = useWorkspaceSearch();
  const { query, update, searchText, setSearchText } = useListQuery();
  const list = useUsers(query);
  useClampPage(query, list.data?.total_count, list.data?.users.length, update);
  const [creating, setCreating] = useState(false);
  const del = useDeleteUser();

  const onDelete = async (user: User) => {
    const ok = await confirmAction({
      title: t('users.deleteTitle', { name: user.name }),
      message: t('users.deleteBody', { name: user.name }),
      confirmLabel: t('action.delete'),
      danger: true,
    });
    if (!ok) return;
    del.mutate(user.id, {
      onSuccess: () => notifySuccess(t('users.deleted', { name: user.name })),
      onError: (e) => notifyError(t('users.deleteFailed', { name: user.name }), e),
    });
  };

  return (
    <PageLayout
      title={t('users.title')}
      description={t('users.intro')}
      actions={
        <Button variant="filled" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
          {t('users.create')}
        </Button>
      }
    >
      <TextInput
        label={t('users.search')}
        placeholder={t('users.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={searchText}
        onChange={(e) => setSearchText(e.currentTarget.value)}
        maw={360}
      />
      <UsersTable
        rows={list.data?.users ?? []}
        total={list.data?.total_count ?? 0}
        query={query}
        loading={list.isFetching}
        error={list.isError ? list.error : null}
        onRetry={() => void list.refetch()}
        onQuery={update}
        onDelete={(u) => void onDelete(u)}
        deletingId={del.isPending ? (del.variables ?? null) : null}
      />
      {creating ? (
        <CreateUserModal
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            void navigate({ pathname: `/iam/users/${encodeURIComponent(id)}`, search });
          }}
        />
      ) : null}
    </PageLayout>
  );
}
