/** Create User: name and description, validated live with the API's schema; the new user opens. */
import { createUserSchema } from '@/api/contracts/iam';
import { useCreateUser } from '@/api/resources/users';
import { CreateEntityModal, type CreateEntityModalProps } from '../shared/create-entity-modal';

export function CreateUserModal(props: CreateEntityModalProps) {
  return <CreateEntityModal {...props} kind="users" bodyKey="user" schema={createUserSchema} useCreate={useCreateUser} />;
}
