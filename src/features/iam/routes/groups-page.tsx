/** User Groups (route /iam/groups): server-side search and paging, Create User Group, Delete. */
import { useDeleteGroup, useGroupsPage } from '@/api/resources/groups';
import { CreateGroupModal } from '../components/groups/create-group-modal';
import { GroupsTable } from '../components/groups/groups-table';
import { EntityListPage } from '../components/shared/entity-list-page';

export default function GroupsPage() {
  return (
    <EntityListPage
      kind="groups"
      useList={useGroupsPage}
      rowsOf={(d) => d.groups}
      useDelete={useDeleteGroup}
      Table={GroupsTable}
      CreateModal={CreateGroupModal}
    />
  );
}
