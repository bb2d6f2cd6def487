/**
 * Add users to a group: a searchable multi-select, who gains or loses access, one membership call
 * per user, with progress; or the same change copied as Terraform / KooCLI.
 */
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConsequencePreview, ErrorAlert, notifySuccess, useConsequencePreview } from '@/components';
import { CodeExport } from '@/components/export/code-export';
import { membershipsAsCode, type AccessMutation, type MembershipPlan } from '@/iam';
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
  const [names, setNames] = useState<Readonly<Record<string, string>>>({});
  const add = useAddMemberships();
  const mutation = useMemo<AccessMutation | null>(
    () => (ids.length === 0 ? null : { kind: 'sequence', steps: ids.map((userId) => ({ kind: 'addMember', groupId, userId })) }),
    [ids, groupId],
  );
  const preview = useConsequencePreview(mutation);
  const computing = mutation !== null && preview.status === 'loading';
  const plan = (): MembershipPlan => ({ title: t('members.addTitle', { group: groupName }), group: { id: groupId, name: groupName }, add: ids.map((id) => ({ id, name: names[id] ?? id })), remove: [] });
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
        <UserMultiPicker
          label={t('members.users')}
          value={ids}
          onChange={(next, known) => {
            setIds(next);
            setNames(known);
          }}
          exclude={members}
        />
        {mutation !== null ? <ConsequencePreview state={preview} /> : null}
        {ids.length > 0 ? <CodeExport generate={(format) => membershipsAsCode(plan(), format)} /> : null}
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
