/**
 * The Users / User Groups page skeleton: server-side search and paging in the URL, Create (the new
 * entity opens), Delete with a confirmation that shows who gains or loses access. `kind` is the i18n prefix and the route segment.
 */
import { Button, TextInput } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { type ComponentType, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { confirmConsequences, notifyError, notifySuccess, PageLayout, useWorkspaceSearch } from '@/components';
import { deletionAsCode } from '@/iam';
import type { ListQuery } from '@/api/resources/list-query';
import { useClampPage, useListQuery } from '../../hooks/use-list-query';
import type { EntityRow, EntityTableProps } from './entity-table';
import { paths } from '@/components/navigation/paths';

interface ListResult<D> {
  data?: D | undefined;
  isFetching: boolean;
  isError: boolean;
  error: unknown;
  refetch(): unknown;
}

interface DeleteMutation {
  /** `name`: the entity's name, for follow-up questions (e.g. a user's agency). */
  mutate(id: string, callbacks: { onSuccess: () => void; onError: (error: Error) => void }, name?: string): void;
  isPending: boolean;
  variables?: string | undefined;
}

export interface EntityListPageProps<T extends EntityRow, D extends { total_count: number }> {
  kind: 'users' | 'groups';
  /** The list query hook, e.g. useUsers, and where its page of rows is. */
  useList: (query: ListQuery) => ListResult<D>;
  rowsOf: (data: D) => T[];
  useDelete: () => DeleteMutation;
  Table: ComponentType<EntityTableProps<T>>;
  CreateModal: ComponentType<{ onClose: () => void; onCreated: (id: string) => void }>;
}

export function EntityListPage<T extends EntityRow, D extends { total_count: number }>(props: EntityListPageProps<T, D>) {
  const { kind, useList, rowsOf, useDelete, Table, CreateModal } = props;
  const { t } = useTranslation('iam');
  const navigate = useNavigate();
  const search = useWorkspaceSearch();
  const { query, update, searchText, setSearchText } = useListQuery();
  const list = useList(query);
  const rows = list.data ? rowsOf(list.data) : undefined;
  useClampPage(query, list.data?.total_count, rows?.length, update);
  const [creating, setCreating] = useState(false);
  const del = useDelete();

  const onDelete = async (row: T) => {
    const ok = await confirmConsequences({
      title: t(`${kind}.deleteTitle`, { name: row.name }),
      message: t(`${kind}.deleteBody`, { name: row.name }),
      confirmLabel: t('action.delete'),
      danger: true,
      mutation: kind === 'users' ? { kind: 'deleteUser', userId: row.id } : { kind: 'deleteGroup', groupId: row.id },
      exportAs: (format) => deletionAsCode({ title: t(`${kind}.deleteTitle`, { name: row.name }), kind: kind === 'users' ? 'user' : 'group', id: row.id, name: row.name }, format),
    });
    if (!ok) return;
    del.mutate(
      row.id,
      {
        onSuccess: () => notifySuccess(t(`${kind}.deleted`, { name: row.name })),
        onError: (e) => notifyError(t(`${kind}.deleteFailed`, { name: row.name }), e),
      },
      row.name,
    );
  };

  return (
    <PageLayout
      title={t(`${kind}.title`)}
      description={t(`${kind}.intro`)}
      actions={
        <Button variant="filled" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
          {t(`${kind}.create`)}
        </Button>
      }
    >
      <TextInput
        label={t(`${kind}.search`)}
        placeholder={t(`${kind}.searchPlaceholder`)}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={searchText}
        onChange={(e) => setSearchText(e.currentTarget.value)}
        maw={360}
      />
      <Table
        rows={rows ?? []}
        total={list.data?.total_count ?? 0}
        query={query}
        loading={list.isFetching}
        error={list.isError ? list.error : null}
        onRetry={() => void list.refetch()}
        onQuery={update}
        onDelete={(r) => void onDelete(r)}
        deletingId={del.isPending ? (del.variables ?? null) : null}
      />
      {creating ? (
        <CreateModal
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            void navigate({ pathname: kind === 'users' ? paths.user(id) : paths.group(id), search });
          }}
        />
      ) : null}
    </PageLayout>
  );
}
