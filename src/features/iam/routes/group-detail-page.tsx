/** A user group (route /iam/groups/:groupId): tabs Users (members) and Permissions (grants, Authorize). */
import { Anchor, Button, Group, Skeleton, Tabs } from '@mantine/core';
import { IconArrowLeft, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { confirmConsequences, EmptyState, ErrorAlert, notifyError, notifySuccess, PageLayout, useWorkspaceSearch } from '@/components';
import { useAllGroups, useDeleteGroup } from '@/api/resources/groups';
import { deletionAsCode } from '@/iam';
import { GroupMembersTab } from '../components/groups/group-members-tab';
import { GroupPermissionsTab } from '../components/groups/group-permissions-tab';
import { paths } from '@/components/navigation/paths';

export default function GroupDetailPage() {
  const { t } = useTranslation('iam');
  const { groupId = '' } = useParams();
  const [params] = useSearchParams();
  const search = useWorkspaceSearch();
  const navigate = useNavigate();
  const groups = useAllGroups();
  const del = useDeleteGroup();
  const group = groups.data?.find((g) => g.id === groupId);
  const back = (
    <Anchor component={Link} to={{ pathname: paths.groups, search }} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {t('groups.back')}
      </Group>
    </Anchor>
  );
  const onDelete = async () => {
    if (!group) return;
    const ok = await confirmConsequences({
      title: t('groups.deleteTitle', { name: group.name }),
      message: t('groups.deleteBody', { name: group.name }),
      confirmLabel: t('action.delete'),
      danger: true,
      mutation: { kind: 'deleteGroup', groupId: group.id },
      exportAs: (format) => deletionAsCode({ title: t('groups.deleteTitle', { name: group.name }), kind: 'group', id: group.id, name: group.name }, format),
    });
    if (!ok) return;
    del.mutate(group.id, {
      onSuccess: () => {
        notifySuccess(t('groups.deleted', { name: group.name }));
        void navigate({ pathname: paths.groups, search });
      },
      onError: (e) => notifyError(t('groups.deleteFailed', { name: group.name }), e),
    });
  };
  return (
    <PageLayout
      title={group ? t('groups.detailNamed', { name: group.name }) : t('groups.detailTitle')}
      description={group ? group.description || t('groups.noDescription') : undefined}
      actions={
        group && group.name !== 'admin' ? (
          <Button variant="filled" color="red.8" leftSection={<IconTrash size={16} aria-hidden />} loading={del.isPending} onClick={() => void onDelete()}>
            {t('groups.delete')}
          </Button>
        ) : null
      }
    >
      {back}
      {groups.isError ? <ErrorAlert error={groups.error} title={t('groups.loadFailed')} onRetry={() => void groups.refetch()} /> : null}
      {groups.isPending ? <Skeleton height={160} /> : null}
      {groups.data && !group ? <EmptyState title={t('groups.notFound')} description={t('groups.notFoundHint')} /> : null}
      {group ? (
        <Tabs defaultValue={params.get('tab') === 'permissions' ? 'permissions' : 'users'} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="users">{t('groups.tabUsers')}</Tabs.Tab>
            <Tabs.Tab value="permissions">{t('groups.tabPermissions')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="users" pt="md">
            <GroupMembersTab group={group} />
          </Tabs.Panel>
          <Tabs.Panel value="permissions" pt="md">
            <GroupPermissionsTab group={group} />
          </Tabs.Panel>
        </Tabs>
      ) : null}
    </PageLayout>
  );
}
