/** A user (route /iam/users/:userId): details, tabs Groups and Permissions, Delete. */
import { Anchor, Button, Group, Skeleton, Tabs, Text } from '@mantine/core';
import { IconArrowLeft, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { confirmConsequences, ErrorAlert, notifyError, notifySuccess, PageLayout, useWorkspaceSearch } from '@/components';
import { useUser } from '@/api/resources/users';
import { deletionAsCode } from '@/iam';
import { useDeleteUserAndOfferAgencies as useDeleteUser } from '../hooks/use-delete-user';
import { UserGroupsTab } from '../components/users/user-groups-tab';
import { UserPermissionsTab } from '../components/users/user-permissions-tab';
import { paths } from '@/components/navigation/paths';

export default function UserDetailPage() {
  // 'explanations' too: the Permissions tab words the engine's explanations; loading it with the
  // page keeps the page from suspending again (a flash of the loader) when the tab renders.
  const { t } = useTranslation(['iam', 'explanations']);
  const { userId = '' } = useParams();
  const search = useWorkspaceSearch();
  const navigate = useNavigate();
  const user = useUser(userId);
  const del = useDeleteUser();
  const back = (
    <Anchor component={Link} to={{ pathname: paths.users, search }} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {t('users.back')}
      </Group>
    </Anchor>
  );
  if (user.isError) {
    return (
      <PageLayout title={t('users.detailTitle')}>
        {back}
        <ErrorAlert error={user.error} title={t('users.loadOneFailed')} onRetry={() => void user.refetch()} />
      </PageLayout>
    );
  }
  const u = user.data;
  const onDelete = async () => {
    if (!u) return;
    // Who loses access with the user (the shared consequence preview; Delete waits for it), and the deletion as code.
    const ok = await confirmConsequences({
      title: t('users.deleteTitle', { name: u.name }),
      message: t('users.deleteBody', { name: u.name }),
      confirmLabel: t('action.delete'),
      danger: true,
      mutation: { kind: 'deleteUser', userId: u.id },
      exportAs: (format) => deletionAsCode({ title: t('users.deleteTitle', { name: u.name }), kind: 'user', id: u.id, name: u.name }, format),
    });
    if (!ok) return;
    del.mutate(
      u.id,
      {
        onSuccess: () => {
          notifySuccess(t('users.deleted', { name: u.name }));
          void navigate({ pathname: paths.users, search });
        },
        onError: (e) => notifyError(t('users.deleteFailed', { name: u.name }), e),
      },
      u.name,
    );
  };
  return (
    <PageLayout
      title={u ? t('users.detailNamed', { name: u.name }) : t('users.detailTitle')}
      description={u ? u.description || t('users.noDescription') : undefined}
      actions={
        u && !u.is_root ? (
          <Button variant="filled" color="red.8" leftSection={<IconTrash size={16} aria-hidden />} loading={del.isPending} onClick={() => void onDelete()}>
            {t('users.delete')}
          </Button>
        ) : null
      }
    >
      {back}
      {!u ? (
        <Skeleton height={160} />
      ) : (
        <>
          <Group gap="xs">
            <Text size="sm">{t('users.type')}:</Text>
            <Text size="sm" fw={600}>
              {t(`users.types.${u.type}`)}
            </Text>
            <Text size="sm">ID:</Text>
            <Text size="sm" ff="monospace">
              {u.id}
            </Text>
          </Group>
          <Tabs defaultValue="groups" keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="groups">{t('users.tabGroups')}</Tabs.Tab>
              <Tabs.Tab value="permissions">{t('users.tabPermissions')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="groups" pt="md">
              <UserGroupsTab user={u} />
            </Tabs.Panel>
            <Tabs.Panel value="permissions" pt="md">
              <UserPermissionsTab user={u} />
            </Tabs.Panel>
          </Tabs>
        </>
      )}
    </PageLayout>
  );
}
