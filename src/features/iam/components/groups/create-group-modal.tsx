/** Create User Group: name and description, validated live with the API's schema. */
import { createGroupSchema } from '@/api/contracts/iam';
import { useCreateGroup } from '@/api/resources/groups';
import { CreateEntityModal, type CreateEntityModalProps } from '../shared/create-entity-modal';

export function CreateGroupModal(props: CreateEntityModalProps) {
  return <CreateEntityModal {...props} kind="groups" bodyKey="group" schema={createGroupSchema} useCreate={useCreateGroup} />;
}
