/** A user's groups: add to a group (searchable) and remove from one, each confirmed with who gains or loses access. */
import { Anchor, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconPlus, IconUserMinus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Group as IamGroup, User } from '@/api/contracts/iam';
import { confirmConsequences, EmptyState, ErrorAlert, notifyError, notifySuccess, useWorkspaceSearch } from '@/components';
import { useUserGroups, useAddMemberships, useRemoveMembership } from '@/api/resources/memberships';
import { useAllGroups } from '@/api/resources/groups';
import { GroupPicker } from '../shared/group-picker';
import { paths } from '@/components/navigation/paths';
import { membershipsAsCode } from '@/iam';

export function UserGroupsTab({ user }: { user: User }) {
  const { t } = useTranslation('iam');
  const search = useWorkspaceSearch();
  const groups = useUserGroups(user.id);
  const add = useAddMemberships();
  const remove = useRemoveMembership();
  const [picked, setPicked] = useState<string | null>(null);
  /** The picked group's name, for the code's comments (its id is what the commands use). */
  const allGroups = useAllGroups().data ?? [];
  const held = new Set((groups.data ?? []).map((g) => g.id));

  const onAdd = async () => {
    if (!picked) return;
    const ok = await confirmConsequences({
      title: t('members.addToTitle', { user: user.name }),
      message: t('members.addToBody', { user: user.name }),
      confirmLabel: t('members.addCount', { count: 1 }),
      mutation: { kind: 'addMember', groupId: picked, userId: user.id },
      exportAs: (format) => {
        const g = allGroups.find((x) => x.id === picked);
        return membershipsAsCode({ title: t('members.addToTitle', { user: user.name }), group: { id: picked, name: g?.name ?? picked }, add: [{ id: user.id, name: user.name }], remove: [] }, format);
      },
    });
    if (!ok) return;
    add.mutate([{ groupId: picked, userId: user.id }], {
      onSuccess: () => {
        notifySuccess(t('members.added', { count: 1 }));
        setPicked(null);
      },
      onError: (e) => notifyError(t('members.addFailed'), e),
    });
  };

  const onRemove = async (g: IamGroup) => {
    const ok = await confirmConsequences({
      title: t('members.removeTitle', { user: user.name, group: g.name }),
      message: t('members.removeBody', { user: user.name, group: g.name }),
      confirmLabel: t('members.remove'),
      danger: true,
      mutation: { kind: 'removeMember', groupId: g.id, userId: user.id },
      exportAs: (format) => membershipsAsCode({ title: t('members.removeTitle', { user: user.name, group: g.name }), group: { id: g.id, name: g.name }, add: [], remove: [{ id: user.id, name: user.name }] }, format),
    });
    if (!ok) return;
    remove.mutate(
      { groupId: g.id, userId: user.id },
      {
        onSuccess: () => notifySuccess(t('members.removed', { user: user.name, group: g.name })),
        onError: (e) => notifyError(t('members.removeFailed'), e),
      },
    );
  };

  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <Group align="flex-end" gap="sm">
          <GroupPicker label={t('users.addToGroup')} value={picked} onChange={setPicked} exclude={held} />
          <Button variant="filled" leftSection={<IconPlus size={16} aria-hidden />} disabled={!picked} loading={add.isPending} onClick={() => void onAdd()}>
            {t('action.add')}
          </Button>
        </Group>
      </Paper>
      {groups.isError ? <ErrorAlert error={groups.error} title={t('users.groupsFailed')} onRetry={() => void groups.refetch()} /> : null}
      {groups.data && groups.data.length === 0 ? <EmptyState title={t('users.noGroups')} description={t('users.noGroupsHint')} /> : null}
      {groups.data && groups.data.length > 0 ? (
        <Table aria-label={t('users.groupsTable')} striped verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('groups.name')}</Table.Th>
              <Table.Th scope="col">{t('form.description')}</Table.Th>
              <Table.Th scope="col">{t('action.operation')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.data.map((g) => (
              <Table.Tr key={g.id}>
                <Table.Td>
                  <Anchor component={Link} to={{ pathname: paths.group(g.id), search }}>
                    {g.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{g.description || '—'}</Text>
                </Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red.8"
                    leftSection={<IconUserMinus size={14} aria-hidden />}
                    loading={remove.isPending && remove.variables?.groupId === g.id}
                    onClick={() => void onRemove(g)}
                    aria-label={t('members.removeFromNamed', { group: g.name })}
                  >
                    {t('members.remove')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Stack>
  );
}
