/** The "User" field: a searchable select of the organisation's users (value = user name). */
import { Select } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Snapshot } from '@/iam';

export interface UserSelectProps {
  snapshot: Snapshot;
  value: string | null;
  onChange: (name: string | null) => void;
  error?: string | null;
}

/** Options shown at once; typing searches all users. */
const VISIBLE_OPTIONS = 100;

export function UserSelect({ snapshot, value, onChange, error }: UserSelectProps) {
  const { t } = useTranslation('analyzer');
  const data = useMemo(
    () =>
      [...snapshot.users]
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        .map((u) => ({ value: u.name, label: u.root ? t('field.rootUser', { name: u.name }) : u.type === 'federate' ? t('field.federatedUser', { name: u.name }) : u.name })),
    [snapshot.users, t],
  );
  return (
    <Select
      label={t('field.user')}
      placeholder={t('field.userPlaceholder')}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      limit={VISIBLE_OPTIONS}
      nothingFoundMessage={t('field.noUser')}
      error={error}
      required
      w={{ base: '100%', sm: 260 }}
    />
  );
}
