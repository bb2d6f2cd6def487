/** Search and filter of the Policies list: text, policy type, kind. */
import { Group, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PolicyFilter } from './policy-rows';

export function PolicyFilters({ filter, onChange }: { filter: PolicyFilter; onChange: (patch: Partial<PolicyFilter>) => void }) {
  const { t } = useTranslation('policies');
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <TextInput
        label={t('filter.search')}
        placeholder={t('filter.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={filter.search}
        onChange={(e) => onChange({ search: e.currentTarget.value })}
        w={320}
      />
      <Select
        label={t('filter.type')}
        value={filter.catalog}
        onChange={(v) => onChange({ catalog: (v ?? 'all') as PolicyFilter['catalog'] })}
        allowDeselect={false}
        data={[
          { value: 'all', label: t('filter.allTypes') },
          { value: 'system', label: t('type.system') },
          { value: 'custom', label: t('type.custom') },
        ]}
        w={220}
      />
      <Select
        label={t('filter.kind')}
        value={filter.kind}
        onChange={(v) => onChange({ kind: (v ?? 'all') as PolicyFilter['kind'] })}
        allowDeselect={false}
        data={[
          { value: 'all', label: t('filter.allKinds') },
          { value: 'project', label: t('kind.project') },
          { value: 'global', label: t('kind.global') },
        ]}
        w={200}
      />
    </Group>
  );
}
