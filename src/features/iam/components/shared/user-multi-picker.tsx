/**
 * A searchable multi-select of IAM users; the server searches by name (10,000 users in the large
 * organisation). Chosen users stay listed while the search changes.
 */
import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUsersPage } from '@/api/resources/users';

const PICKER_SIZE = 50;

export interface UserMultiPickerProps {
  label: string;
  value: string[];
  /** The chosen ids, and the names of those the picker has seen (by id). */
  onChange: (ids: string[], names: Readonly<Record<string, string>>) => void;
  /** Users who are already members: listed as disabled. */
  exclude: ReadonlySet<string>;
  error?: string;
}

export function UserMultiPicker({ label, value, onChange, exclude, error }: UserMultiPickerProps) {
  const { t } = useTranslation('iam');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const users = useUsersPage({ search: debounced, page: 1, pageSize: PICKER_SIZE });
  const [names, setNames] = useState<Record<string, string>>({});
  const found = users.data?.users ?? [];
  const data = [
    ...value.filter((id) => !found.some((u) => u.id === id)).map((id) => ({ value: id, label: names[id] ?? id })),
    ...found.map((u) => ({
      value: u.id,
      label: exclude.has(u.id) ? t('members.alreadyMember', { name: u.name }) : u.name,
      disabled: exclude.has(u.id),
    })),
  ];
  return (
    <MultiSelect
      label={label}
      placeholder={t('users.searchPlaceholder')}
      searchable
      data={data}
      value={value}
      onChange={(ids) => {
        const next = { ...names };
        for (const u of found) if (ids.includes(u.id)) next[u.id] = u.name;
        setNames(next);
        onChange(ids, next);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={users.isFetching ? t('state.searching') : t('users.noneFound')}
      description={users.data && users.data.total_count > PICKER_SIZE ? t('picker.more', { shown: PICKER_SIZE, total: users.data.total_count }) : undefined}
      error={error ?? (users.isError ? t('users.loadFailed') : undefined)}
      hidePickedOptions
      maxDropdownHeight={280}
    />
  );
}
