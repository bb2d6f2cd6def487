/** Add users to a group: a searchable multi-select, who gains or loses access, one membership call per user, with progress. */
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConsequencePreview, ErrorAlert, notifySuccess, useConsequencePreview } from '@/components';
import type { AccessMutation } from '@/iam';
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
  const mutation = useMemo<AccessMutation | null>(
    () => (ids.length === 0 ? null : { kind: 'sequence', steps: ids.map((userId) => ({ kind: 'addMember', groupId, userId })) }),
    [ids, groupId],
  );
  const preview = useConsequencePreview(mutation);
  const computing = mutation !== null && preview.status === 'loading';
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
        {mutation !== null ? <ConsequencePreview state={preview} /> : null}
        {add.isError ? <ErrorAlert error={add.error} title={t('members.addFailed')} onRetry={submit} retrying={add.isPending} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('action.cancel')}
          </Button>
          <Button variant="filled" disabled={ids.length === 0 || computing} loading={add.isPending || computing} onClick={submit}>
            {t('members.addCount', { count: ids.length })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
