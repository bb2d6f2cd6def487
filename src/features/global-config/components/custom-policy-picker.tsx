/**
 * Custom permissions: pick system and custom policies, each with a scope — global policies apply
 * to global services; project-level ones to region-specific projects (the current project by
 * default) or to all resources.
 */
import { ActionIcon, Group, MultiSelect, Select, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project, Role } from '@/api/contracts/iam';
import { defaultScope, type PolicyScope, type RoleType, type SelectedPolicy } from '../lib/add-authorization-form';

export interface CustomPolicyPickerProps {
  roles: Role[];
  projects: Project[];
  currentProjectId: string;
  value: SelectedPolicy[];
  onChange: (next: SelectedPolicy[]) => void;
  error?: string;
  disabled?: boolean;
}

export function CustomPolicyPicker({ roles, projects, currentProjectId, value, onChange, error, disabled }: CustomPolicyPickerProps) {
  const { t } = useTranslation('global-config');
  const byId = useMemo(() => new Map(roles.map((r) => [r.id, r])), [roles]);
  const data = useMemo(() => {
    const sorted = [...roles].sort((a, b) => a.display_name.localeCompare(b.display_name));
    const item = (r: Role) => ({ value: r.id, label: r.display_name });
    return [
      { group: t('custom.system'), items: sorted.filter((r) => r.catalog === 'system').map(item) },
      { group: t('custom.customGroup'), items: sorted.filter((r) => r.catalog === 'custom').map(item) },
    ].filter((g) => g.items.length > 0);
  }, [roles, t]);

  const setIds = (ids: string[]) => {
    const kept = value.filter((p) => ids.includes(p.roleId));
    const added = ids
      .filter((id) => !value.some((p) => p.roleId === id))
      .map((id): SelectedPolicy => {
        const type = (byId.get(id)?.type ?? 'XA') as RoleType;
        return { roleId: id, roleType: type, ...defaultScope(type, currentProjectId) };
      });
    onChange([...kept, ...added]);
  };
  const patch = (roleId: string, p: Partial<SelectedPolicy>) => onChange(value.map((v) => (v.roleId === roleId ? { ...v, ...p } : v)));
  const projectData = projects.map((p) => ({ value: p.id, label: p.name }));

  return (
    <Stack gap="xs">
      <MultiSelect
        label={t('custom.policies')}
        placeholder={value.length ? undefined : t('custom.policiesPlaceholder')}
        data={data}
        value={value.map((p) => p.roleId)}
        onChange={setIds}
        searchable
        clearable
        hidePickedOptions
        maxDropdownHeight={260}
        error={error}
        disabled={disabled}
        comboboxProps={{ withinPortal: true }}
      />
      {value.length > 0 ? (
        <Table.ScrollContainer minWidth={480}>
          <Table verticalSpacing={6} fz="sm" withTableBorder aria-label={t('custom.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('view.name')}</Table.Th>
                <Table.Th scope="col">{t('view.scope')}</Table.Th>
                <Table.Th scope="col" w={44}>
                  <VisuallyHidden>{t('column.operation')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {value.map((p) => {
                const name = byId.get(p.roleId)?.display_name ?? p.roleId;
                return (
                  <Table.Tr key={p.roleId}>
                    <Table.Td>
                      <Text size="sm">{name}</Text>
                    </Table.Td>
                    <Table.Td>
                      {p.roleType === 'AX' ? (
                        <Text size="sm" c="dimmed">
                          {t('custom.scopeGlobal')}
                        </Text>
                      ) : (
                        <Group gap="xs" align="flex-start" wrap="wrap">
                          <Select
                            aria-label={t('custom.scope', { name })}
                            data={[
                              { value: 'projects', label: t('custom.scopeProjects') },
                              { value: 'all', label: t('custom.scopeAll') },
                            ]}
                            value={p.scope}
                            onChange={(v) => v && patch(p.roleId, { scope: v as PolicyScope, projectIds: v === 'projects' && p.projectIds.length === 0 ? [currentProjectId] : p.projectIds })}
                            allowDeselect={false}
                            size="xs"
                            w={200}
                            disabled={disabled}
                          />
                          {p.scope === 'projects' ? (
                            <MultiSelect
                              aria-label={t('custom.projects', { name })}
                              data={projectData}
                              value={p.projectIds}
                              onChange={(ids) => patch(p.roleId, { projectIds: ids })}
                              size="xs"
                              miw={180}
                              maw={260}
                              disabled={disabled}
                            />
                          ) : null}
                        </Group>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="red.8"
                        aria-label={t('custom.remove', { name })}
                        onClick={() => onChange(value.filter((v) => v.roleId !== p.roleId))}
                        disabled={disabled}
                      >
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Stack>
  );
}
