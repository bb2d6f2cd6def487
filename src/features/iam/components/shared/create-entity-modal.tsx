/** Create User / Create User Group: name and description, validated live with the API's schema. */
import { useTranslation } from 'react-i18next';
import type { z } from 'zod/mini';
import { notifySuccess } from '@/components';
import { NameDescriptionModal } from './name-description-modal';

type Fields = { name: string; description: string };

interface CreateMutation<K extends string> {
  mutate(body: { [P in K]: Fields }, callbacks: { onSuccess: (created: { id: string; name: string }) => void }): void;
  isPending: boolean;
  error: unknown;
  reset(): void;
}

export interface CreateEntityModalProps {
  onClose: () => void;
  onCreated: (id: string) => void;
}

/** `kind` is the i18n prefix; `bodyKey` the request body's key ("user", "group"). */
export function CreateEntityModal<K extends 'user' | 'group'>({
  kind,
  bodyKey,
  schema,
  useCreate,
  onClose,
  onCreated,
}: CreateEntityModalProps & { kind: 'users' | 'groups'; bodyKey: K; schema: z.ZodMiniType; useCreate: () => CreateMutation<K> }) {
  const { t } = useTranslation('iam');
  const create = useCreate();
  return (
    <NameDescriptionModal
      opened
      onClose={onClose}
      title={t(`${kind}.create`)}
      nameLabel={t(`${kind}.name`)}
      schema={schema}
      wrap={(f) => ({ [bodyKey]: f })}
      bodyKey={bodyKey}
      submitLabel={t('action.create')}
      pending={create.isPending}
      submitError={create.error}
      onReset={() => create.reset()}
      onSubmit={(f) =>
        create.mutate(
          { [bodyKey]: f } as { [P in K]: Fields },
          {
            onSuccess: (created) => {
              notifySuccess(t(`${kind}.created`, { name: created.name }));
              onCreated(created.id);
            },
          },
        )
      }
    />
  );
}
