/** A group's members (server-paged): Add users, Remove (confirmation). */
import { Anchor, Button, Group, Stack } from '@mantine/core';
import { IconUserMinus, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Group as IamGroup, User } from '@/api/contracts/iam';
import { confirmConsequences, DataTable, type DataTableColumn, notifyError, notifySuccess, useWorkspaceSearch } from '@/components';
import { useGroupMembers, useRemoveMembership } from '@/api/resources/memberships';
import { AddMembersModal } from './add-members-modal';
import { paths } from '@/components/navigation/paths';
import { membershipsAsCode } from '@/iam';

export function GroupMembersTab({ group }: { group: IamGroup }) {
  const { t } = useTranslation('iam');
  const search = useWorkspaceSearch();
  const [paging, setPaging] = useState({ page: 1, pageSize: 10 });
  const members = useGroupMembers(group.id, paging);
  const remove = useRemoveMembership();
  const [adding, setAdding] = useState(false);
  const rows = members.data?.users ?? [];

  const onRemove = async (u: User) => {
    const ok = await confirmConsequences({
      title: t('members.removeTitle', { user: u.name, group: group.name }),
      message: t('members.removeBody', { user: u.name, group: group.name }),
      confirmLabel: t('members.remove'),
      danger: true,
      mutation: { kind: 'removeMember', groupId: group.id, userId: u.id },
      exportAs: (format) => membershipsAsCode({ title: t('members.removeTitle', { user: u.name, group: group.name }), group: { id: group.id, name: group.name }, add: [], remove: [{ id: u.id, name: u.name }] }, format),
    });
    if (!ok) return;
    remove.mutate(
      { groupId: group.id, userId: u.id },
      {
        onSuccess: () => notifySuccess(t('members.removed', { user: u.name, group: group.name })),
        onError: (e) => notifyError(t('members.removeFailed'), e),
      },
    );
  };

  const columns: DataTableColumn<User>[] = [
    {
      key: 'name',
      header: t('users.name'),
      render: (u) => (
        <Anchor component={Link} to={{ pathname: paths.user(u.id), search }}>
          {u.name}
        </Anchor>
      ),
    },
    { key: 'type', header: t('users.type'), render: (u) => t(`users.types.${u.type}`) },
    { key: 'description', header: t('form.description'), render: (u) => u.description || '—' },
    {
      key: 'op',
      header: t('action.operation'),
      render: (u) => (
        <Button
          size="xs"
          variant="subtle"
          color="red.8"
          leftSection={<IconUserMinus size={14} aria-hidden />}
          loading={remove.isPending && remove.variables?.userId === u.id}
          onClick={() => void onRemove(u)}
          aria-label={t('members.removeNamed', { name: u.name })}
        >
          {t('members.remove')}
        </Button>
      ),
    },
  ];

  return (
    <Stack gap="md">
      <Group>
        <Button variant="filled" leftSection={<IconUserPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
          {t('members.add')}
        </Button>
      </Group>
      <DataTable
        label={t('members.table')}
        columns={columns}
        rows={rows}
        rowKey={(u) => u.id}
        total={members.data?.total_count ?? 0}
        page={paging.page}
        pageSize={paging.pageSize}
        onPageChange={(page) => setPaging((p) => ({ ...p, page }))}
        onPageSizeChange={(pageSize) => setPaging({ page: 1, pageSize })}
        loading={members.isFetching}
        error={members.isError ? members.error : null}
        onRetry={() => void members.refetch()}
      />
      {adding ? <AddMembersModal groupId={group.id} groupName={group.name} members={new Set(rows.map((u) => u.id))} onClose={() => setAdding(false)} /> : null}
    </Stack>
  );
}
