/**
 * Authorized To for an IAM user: a searchable Select backed by the server's user search (the
 * large organisation has 10,000 users). Users that already have an authorization carry the word
 * "Authorized".
 */
import { Badge, Group, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NamedRef } from '../lib/add-authorization-form';
import { useAuthorizations } from '@/api/resources/authorizations';
import { useUserSearch } from '@/api/resources/users';

export interface IamUserPickerProps {
  value: NamedRef | null;
  onChange: (user: NamedRef | null) => void;
  error?: string;
  disabled?: boolean;
}

const SEARCH_DEBOUNCE_MS = 250;

export function IamUserPicker({ value, onChange, error, disabled }: IamUserPickerProps) {
  const { t } = useTranslation('global-config');
  const [search, setSearch] = useState('');
  const authorizedWord = t('add.authorized');
  const optionLabel = (name: string, authorized: boolean) => (authorized ? `${name} — ${authorizedWord}` : name);
  // While the box shows the chosen option's label, search for that user's name.
  const term = value && (search === value.name || search.startsWith(`${value.name} — `)) ? value.name : search.trim();
  const [debounced] = useDebouncedValue(term, SEARCH_DEBOUNCE_MS);
  const users = useUserSearch({ search: debounced });
  // The same term narrows the authorizations: every user listed has a name containing it.
  const authorizations = useAuthorizations({ limit: 1000, offset: 0, sort_by: 'user_name', order: 'asc', search: debounced });
  const authorizedIds = useMemo(
    () => new Set((authorizations.data?.auth ?? []).filter((a) => a.user_type === 'iam').map((a) => a.user_id)),
    [authorizations.data],
  );

  const data = useMemo(() => {
    const list = (users.data?.users ?? []).filter((u) => u.type !== 'federate');
    const options = list.map((u) => ({ value: u.id, label: optionLabel(u.name, authorizedIds.has(u.id)), name: u.name }));
    if (value && !options.some((o) => o.value === value.id)) options.unshift({ value: value.id, label: optionLabel(value.name, authorizedIds.has(value.id)), name: value.name });
    return options;
    // optionLabel depends on the translated word only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [users.data, authorizedIds, value, authorizedWord]);

  const total = users.data?.total ?? 0;
  const shown = users.data?.users.length ?? 0;

  return (
    <Select
      label={t('add.authorizedTo')}
      withAsterisk
      placeholder={t('add.iamUserPlaceholder')}
      searchable
      clearable
      data={data.map(({ value: v, label }) => ({ value: v, label }))}
      value={value?.id ?? null}
      onChange={(id) => {
        const opt = data.find((o) => o.value === id);
        onChange(opt ? { id: opt.value, name: opt.name } : null);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      // The server filters; show every option it returned.
      filter={({ options }) => options}
      nothingFoundMessage={users.isFetching ? '…' : t('add.iamUserNothing')}
      description={total > shown ? t('add.iamUserMore', { shown, total }) : undefined}
      error={error}
      disabled={disabled}
      maxDropdownHeight={280}
      renderOption={({ option }) => {
        const authorized = option.label.endsWith(` — ${authorizedWord}`);
        return (
          <Group gap="xs" wrap="nowrap">
            <Text size="sm">{authorized ? option.label.slice(0, -(authorizedWord.length + 3)) : option.label}</Text>
            {authorized ? (
              <Badge size="xs" variant="light" color="gray">
                {authorizedWord}
              </Badge>
            ) : null}
          </Group>
        );
      }}
    />
  );
}

/** Whether `user` already has an authorization of their own (exact check by id, server-searched by name). */
export function useIamUserAuthorized(user: NamedRef | null): { authorized: boolean; checking: boolean } {
  const q = useAuthorizations({ limit: 1000, offset: 0, sort_by: 'user_name', order: 'asc', search: user?.name ?? '' }, { enabled: !!user });
  if (!user) return { authorized: false, checking: false };
  return { authorized: !!q.data?.auth.some((a) => a.user_type === 'iam' && a.user_id === user.id), checking: q.isPending };
}
