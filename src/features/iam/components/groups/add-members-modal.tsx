/** Add users to a group: a searchable multi-select, one membership call per user, with progress. */
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, notifySuccess } from '@/components';
import { useAddMemberships } from '@/api/resources/memberships';
import { UserMultiPicker } from '../shared/user-multi-picker';

export interface AddMembersModalProps {
  groupId: string;
  groupName: string;
  /** Members on the visible page, shown as already members. */
  members: ReadonlySet<string>;
  onClose: () => void;
}

export function AddMembersModal({ groupId, groupName, members, onClose }: AddMembersModalProps) {
  const { t } = useTranslation('iam');
  const [ids, setIds] = useState<string[]>([]);
  const add = useAddMemberships();
  const submit = () =>
    add.mutate(
      ids.map((userId) => ({ groupId, userId })),
      {
        onSuccess: () => {
          notifySuccess(t('members.added', { count: ids.length }));
          onClose();
        },
      },
    );
  return (
    <Modal opened onClose={onClose} title={t('members.addTitle', { group: groupName })} centered size="lg">
      <Stack gap="md">
        <UserMultiPicker label={t('members.users')} value={ids} onChange={setIds} exclude={members} />
        {add.isError ? <ErrorAlert error={add.error} title={t('members.addFailed')} onRetry={submit} retrying={add.isPending} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('action.cancel')}
          </Button>
          <Button variant="filled" disabled={ids.length === 0} loading={add.isPending} onClick={submit}>
            {t('members.addCount', { count: ids.length })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
