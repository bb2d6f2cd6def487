/** Create User: name and description, validated live with the API's schema; the new user opens. */
import { useTranslation } from 'react-i18next';
import { createUserSchema } from '@/api/contracts/iam';
import { notifySuccess } from '@/components';
import { useCreateUser } from '../../api/create-user';
import { NameDescriptionModal } from '../shared/name-description-modal';

export function CreateUserModal({ onClose, onCreated }: { onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation('iam');
  const create = useCreateUser();
  return (
    <NameDescriptionModal
      opened
      onClose={onClose}
      title={t('users.create')}
      nameLabel={t('users.name')}
      schema={createUserSchema}
      wrap={(f) => ({ user: f })}
      bodyKey="user"
      submitLabel={t('action.create')}
      pending={create.isPending}
      submitError={create.error}
      onReset={() => create.reset()}
      onSubmit={(f) =>
        create.mutate(
          { user: f },
          {
            onSuccess: (user) => {
              notifySuccess(t('users.created', { name: user.name }));
              onCreated(user.id);
            },
          },
        )
      }
    />
  );
}
