/**
 * "Authorized Users": a searchable multi-select of IAM users. The service searches (the large
 * organisation has 10,000 users); chosen users stay shown whatever the search.
 */
import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUserSearch } from '@/api/resources/users';
import type { GrantedUser } from '../lib/workspace-form';

export interface AuthorizedUsersSelectProps {
  value: GrantedUser[];
  onChange: (users: GrantedUser[]) => void;
  error?: string;
  disabled?: boolean;
}

export function AuthorizedUsersSelect({ value, onChange, error, disabled }: AuthorizedUsersSelectProps) {
  const { t } = useTranslation('workspaces');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const users = useUserSearch({ search: debounced, iamOnly: true, withoutRoot: true });
  const found = users.data?.users;
  const data = useMemo(() => {
    const byId = new Map<string, string>();
    for (const u of value) byId.set(u.id, u.name);
    for (const u of found ?? []) byId.set(u.id, u.name);
    return [...byId].map(([id, name]) => ({ value: id, label: name }));
  }, [value, found]);
  const total = users.data?.total ?? 0;

  return (
    <MultiSelect
      label={t('form.authorizedUsers')}
      description={
        users.data?.truncated ? `${t('form.authorizedUsersHelp')} ${t('form.authorizedUsersMore', { shown: found?.length ?? 0, total })}` : t('form.authorizedUsersHelp')
      }
      placeholder={value.length === 0 ? t('form.authorizedUsersPlaceholder') : undefined}
      data={data}
      value={value.map((u) => u.id)}
      onChange={(ids) => onChange(ids.map((id) => ({ id, name: data.find((d) => d.value === id)?.label ?? id })))}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The service already filtered by name; keep what it sent.
      filter={({ options }) => options}
      nothingFoundMessage={users.isFetching ? t('form.loadingOptions') : t('form.noUsers')}
      error={error}
      disabled={disabled}
      clearable
      hidePickedOptions={false}
      maxDropdownHeight={240}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
