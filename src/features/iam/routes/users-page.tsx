/** Users (route /iam/users): server-side search and paging, Create User, Delete (confirmation). */
import { useUsersPage } from '@/api/resources/users';
import { useDeleteUserAndOfferAgencies as useDeleteUser } from '../hooks/use-delete-user';
import { CreateUserModal } from '../components/users/create-user-modal';
import { UsersTable } from '../components/users/users-table';
import { EntityListPage } from '../components/shared/entity-list-page';

export default function UsersPage() {
  return (
    <EntityListPage
      kind="users"
      useList={useUsersPage}
      rowsOf={(d) => d.users}
      useDelete={useDeleteUser}
      Table={UsersTable}
      CreateModal={CreateUserModal}
    />
  );
}
