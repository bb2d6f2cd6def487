/** Create User Group: name and description, validated live with the API's schema. */
import { useTranslation } from 'react-i18next';
import { createGroupSchema } from '@/api/contracts/iam';
import { notifySuccess } from '@/components';
import { useCreateGroup } from '../../api/create-group';
import { NameDescriptionModal } from '../shared/name-description-modal';

export function CreateGroupModal({ onClose, onCreated }: { onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation('iam');
  const create = useCreateGroup();
  return (
    <NameDescriptionModal
      opened
      onClose={onClose}
      title={t('groups.create')}
      nameLabel={t('groups.name')}
      schema={createGroupSchema}
      wrap={(f) => ({ group: f })}
      bodyKey="group"
      submitLabel={t('action.create')}
      pending={create.isPending}
      submitError={create.error}
      onReset={() => create.reset()}
      onSubmit={(f) =>
        create.mutate(
          { group: f },
          {
            onSuccess: (group) => {
              notifySuccess(t('groups.created', { name: group.name }));
              onCreated(group.id);
            },
          },
        )
      }
    />
  );
}
