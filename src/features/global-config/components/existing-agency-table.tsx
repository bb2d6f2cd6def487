/**
 * Use existing: a table of agencies — radio, chevron (expands the agency's permissions),
 * Agency Name, Validity Period ("Unlimited" for FOREVER or null).
 */
import { ActionIcon, Badge, Box, Group, Radio, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconSearch } from '@tabler/icons-react';
import { Fragment, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency, Role } from '@/api/contracts/iam';
import { useAgencyGrants } from '@/api/resources/grants';
import { AgencyPermissionsTable } from './agency-permissions-table';

const MAX_ROWS = 50;

export function validityLabel(duration: string | null, t: (k: string, o?: Record<string, unknown>) => string): string {
  if (duration === null || duration === 'FOREVER') return t('existing.unlimited');
  if (duration === 'ONEDAY') return t('existing.oneDay');
  const hours = Number(duration);
  return Number.isFinite(hours) ? t('existing.hours', { count: hours }) : duration;
}

function ExpandedPermissions({ agency, roles }: { agency: Agency; roles: Map<string, Role> }) {
  const grants = useAgencyGrants(agency.id);
  return (
    <AgencyPermissionsTable
      compact
      agencyName={agency.name}
      grants={grants.data}
      roles={roles}
      loading={grants.isPending}
      error={grants.error}
      onRetry={() => void grants.refetch()}
    />
  );
}

export interface ExistingAgencyTableProps {
  agencies: Agency[];
  roles: Map<string, Role>;
  value: string | null;
  onChange: (name: string) => void;
  /** The agency the row uses now (Modify). */
  currentName?: string;
  error?: string;
  disabled?: boolean;
}

export function ExistingAgencyTable({ agencies, roles, value, onChange, currentName, error, disabled }: ExistingAgencyTableProps) {
  const { t } = useTranslation('global-config');
  const [filter, setFilter] = useState('');
  const [expanded, setExpanded] = useState<string | null>(null);
  const matching = useMemo(() => {
    const f = filter.trim().toLowerCase();
    const list = f ? agencies.filter((a) => a.name.toLowerCase().includes(f)) : agencies;
    return [...list].sort((a, b) => a.name.localeCompare(b.name));
  }, [agencies, filter]);
  const shown = matching.slice(0, MAX_ROWS);
  // Keep the chosen agency visible even when the filter hides it.
  const chosen = value ? agencies.find((a) => a.name === value) : undefined;
  if (chosen && !shown.includes(chosen)) shown.unshift(chosen);

  return (
    <Stack gap="xs">
      <TextInput
        aria-label={t('existing.search')}
        placeholder={t('existing.search')}
        leftSection={<IconSearch size={14} aria-hidden />}
        value={filter}
        onChange={(e) => setFilter(e.currentTarget.value)}
        size="xs"
        maw={320}
      />
      {agencies.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('existing.none')}
        </Text>
      ) : (
        <Radio.Group value={value} onChange={onChange} aria-label={t('existing.tableLabel')} error={error} name="existing-agency">
          <Box style={{ maxHeight: 320, overflow: 'auto' }}>
            <Table verticalSpacing={6} fz="sm" stickyHeader aria-label={t('existing.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w={44}>
                    <Text span size="xs" fw={700}>
                      {t('existing.select')}
                    </Text>
                  </Table.Th>
                  <Table.Th scope="col" w={36}>
                    <VisuallyHidden>{t('view.agencyPermission')}</VisuallyHidden>
                  </Table.Th>
                  <Table.Th scope="col">{t('existing.agencyName')}</Table.Th>
                  <Table.Th scope="col">{t('existing.validity')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((a) => {
                  const open = expanded === a.id;
                  return (
                    <Fragment key={a.id}>
                      <Table.Tr>
                        <Table.Td>
                          <Radio value={a.name} aria-label={a.name} disabled={disabled} />
                        </Table.Td>
                        <Table.Td>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            size="sm"
                            aria-expanded={open}
                            aria-label={t(open ? 'existing.collapse' : 'existing.expand', { name: a.name })}
                            onClick={() => setExpanded(open ? null : a.id)}
                          >
                            {open ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
                          </ActionIcon>
                        </Table.Td>
                        <Table.Td>
                          <Group gap={6} wrap="nowrap">
                            <Text size="sm" style={{ wordBreak: 'break-all' }}>
                              {a.name}
                            </Text>
                            {currentName === a.name ? (
                              <Badge size="xs" variant="light" color="gray">
                                {t('existing.current')}
                              </Badge>
                            ) : null}
                          </Group>
                        </Table.Td>
                        <Table.Td>{validityLabel(a.duration, t)}</Table.Td>
                      </Table.Tr>
                      {open ? (
                        <Table.Tr>
                          <Table.Td colSpan={4}>
                            <ExpandedPermissions agency={a} roles={roles} />
                          </Table.Td>
                        </Table.Tr>
                      ) : null}
                    </Fragment>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Box>
          {matching.length === 0 ? (
            <Text size="sm" c="dimmed" mt="xs">
              {t('existing.noMatch')}
            </Text>
          ) : matching.length > MAX_ROWS ? (
            <Text size="xs" c="dimmed" mt="xs">
              {t('existing.showing', { shown: MAX_ROWS, total: matching.length })}
            </Text>
          ) : null}
        </Radio.Group>
      )}
    </Stack>
  );
}
