/** A searchable group picker: the server searches by name (the large organisation has 1,000 groups). */
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useGroupsPage } from '@/api/resources/groups';

const PICKER_SIZE = 50;

export interface GroupPickerProps {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  /** Groups already chosen or held: listed as disabled. */
  exclude: ReadonlySet<string>;
}

export function GroupPicker({ label, value, onChange, exclude }: GroupPickerProps) {
  const { t } = useTranslation('iam');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const groups = useGroupsPage({ search: debounced, page: 1, pageSize: PICKER_SIZE });
  const data = (groups.data?.groups ?? []).map((g) => ({
    value: g.id,
    label: exclude.has(g.id) ? t('groups.alreadyMember', { name: g.name }) : g.name,
    disabled: exclude.has(g.id),
  }));
  return (
    <Select
      label={label}
      placeholder={t('groups.searchPlaceholder')}
      searchable
      clearable
      data={data}
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={groups.isFetching ? t('state.searching') : t('groups.noneFound')}
      description={groups.data && groups.data.total_count > PICKER_SIZE ? t('picker.more', { shown: PICKER_SIZE, total: groups.data.total_count }) : undefined}
      error={groups.isError ? t('groups.loadFailed') : undefined}
      miw={280}
    />
  );
}
