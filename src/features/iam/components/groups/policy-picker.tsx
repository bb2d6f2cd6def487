/** Step 1 of Authorize: a searchable, filterable list of system and custom policies with checkboxes. */
import { Badge, Checkbox, Group, ScrollArea, SegmentedControl, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@/api/contracts/iam';
import { isGlobalRole } from '@/components/grant/scope';

export interface PolicyPickerProps {
  roles: readonly Role[];
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
}

type Catalog = 'all' | 'system' | 'custom';

export function PolicyPicker({ roles, selected, onToggle }: PolicyPickerProps) {
  const { t, i18n } = useTranslation('iam');
  const [search, setSearch] = useState('');
  const [catalog, setCatalog] = useState<Catalog>('all');
  const shown = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return roles.filter(
      (r) =>
        (catalog === 'all' || r.catalog === catalog) &&
        (!needle || r.display_name.toLowerCase().includes(needle) || r.description.toLowerCase().includes(needle)),
    );
  }, [roles, search, catalog]);
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label={t('authorize.searchPolicies')}
          placeholder={t('authorize.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={300}
        />
        <SegmentedControl
          aria-label={t('authorize.policyTypeFilter')}
          value={catalog}
          onChange={(v) => setCatalog(v as Catalog)}
          data={[
            { value: 'all', label: t('authorize.allTypes') },
            { value: 'system', label: t('policyType.system') },
            { value: 'custom', label: t('policyType.custom') },
          ]}
        />
      </Group>
      <Text size="sm" aria-live="polite">
        {t('authorize.selectedCount', { count: selected.size })}
      </Text>
      <ScrollArea.Autosize mah={360} type="auto">
        <Table aria-label={t('authorize.policiesTable')} verticalSpacing="xs" striped stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={40}>
                <VisuallyHidden>{t('authorize.select')}</VisuallyHidden>
              </Table.Th>
              <Table.Th scope="col">{t('permissions.policy')}</Table.Th>
              <Table.Th scope="col" w={130}>
                {t('permissions.policyType')}
              </Table.Th>
              <Table.Th scope="col" w={110}>
                {t('authorize.kind')}
              </Table.Th>
              <Table.Th scope="col">{t('form.description')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <Checkbox aria-label={r.display_name} checked={selected.has(r.id)} onChange={() => onToggle(r.id)} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {r.display_name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t(`policyType.${r.catalog}`)}</Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="filled" color={isGlobalRole(r) ? 'grape.9' : 'blue.9'} tt="none">
                    {t(isGlobalRole(r) ? 'kind.global' : 'kind.project')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {(i18n.language === 'zh' && r.description_cn) || r.description || '—'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {shown.length === 0 ? (
          <Text size="sm" ta="center" py="md">
            {t('authorize.noPolicies')}
          </Text>
        ) : null}
      </ScrollArea.Autosize>
    </Stack>
  );
}
