/** Modify a user group (the list's Modify): its name and description, validated live like Create. */
import { useTranslation } from 'react-i18next';
import { createGroupSchema, type Group } from '@/api/contracts/iam';
import { useUpdateGroup } from '@/api/resources/groups';
import { notifySuccess } from '@/components';
import { NameDescriptionModal } from '../shared/name-description-modal';

export function ModifyGroupModal({ group, onClose }: { group: Group; onClose: () => void }) {
  const { t } = useTranslation('iam');
  const update = useUpdateGroup();
  return (
    <NameDescriptionModal
      opened
      onClose={onClose}
      title={t('groups.modifyTitle', { name: group.name })}
      nameLabel={t('groups.name')}
      schema={createGroupSchema}
      wrap={(f) => ({ group: f })}
      bodyKey="group"
      submitLabel={t('action.ok')}
      pending={update.isPending}
      submitError={update.error}
      onReset={() => update.reset()}
      initial={{ name: group.name, description: group.description }}
      onSubmit={(f) =>
        update.mutate(
          { groupId: group.id, body: { group: f } },
          {
            onSuccess: (saved) => {
              notifySuccess(t('groups.modified', { name: saved.name }));
              onClose();
            },
          },
        )
      }
    />
  );
}
