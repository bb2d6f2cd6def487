/**
 * "Workspace: <name>" — a popover with a search box, a listbox of the workspaces the signed-in
 * user may access (name and enterprise project) and, outside the listbox, "Manage workspaces".
 * The selection lives in the URL (`?workspace=`).
 */
import { Anchor, Box, Button, Combobox, Group, Loader, Stack, Text, useCombobox } from '@mantine/core';
import { IconBriefcase, IconCheck, IconSelector } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/feedback/error-alert';
import { useSetWorkspaceId, useWorkspaceId, useWorkspaceSearch } from '@/components/session/use-workspace-id';
import { useAccessibleWorkspaces } from '../api/shell-queries';

export function WorkspaceSwitcher({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation('shell');
  const workspaceId = useWorkspaceId();
  const setWorkspaceId = useSetWorkspaceId();
  const search = useWorkspaceSearch();
  const workspaces = useAccessibleWorkspaces();
  const [filter, setFilter] = useState('');
  const combobox = useCombobox({
    onDropdownClose: () => {
      combobox.resetSelectedOption();
      setFilter('');
    },
    onDropdownOpen: () => combobox.focusSearchInput(),
  });

  const list = workspaces.data?.workspaces ?? [];
  const current = list.find((w) => w.id === workspaceId);
  const name = current?.name ?? (workspaces.isPending ? '…' : t('workspace.unknownName', { id: workspaceId }));
  const needle = filter.trim().toLowerCase();
  const shown = needle
    ? list.filter((w) => w.name.toLowerCase().includes(needle) || w.enterprise_project_name.toLowerCase().includes(needle))
    : list;

  return (
    <Combobox
      store={combobox}
      position="bottom-start"
      width={300}
      shadow="md"
      // Inside the navigation landmark (axe "region"); fixed positioning escapes the navbar.
      withinPortal={false}
      floatingStrategy="fixed"
      zIndex={300}
      onOptionSubmit={(id) => {
        setWorkspaceId(id);
        combobox.closeDropdown();
        onNavigate?.();
      }}
    >
      <Combobox.Target withAriaAttributes={false}>
        <Button
          variant="default"
          fullWidth
          justify="space-between"
          leftSection={<IconBriefcase size={16} aria-hidden />}
          rightSection={<IconSelector size={16} aria-hidden />}
          onClick={() => combobox.toggleDropdown()}
          aria-haspopup="dialog"
          aria-expanded={combobox.dropdownOpened}
          aria-label={t('workspace.button', { name })}
        >
          <Text span size="sm" truncate="end" maw={170}>
            {t('workspace.button', { name })}
          </Text>
        </Button>
      </Combobox.Target>
      <Combobox.Dropdown role="dialog" aria-label={t('workspace.label')}>
        <Combobox.Search
          aria-label={t('workspace.search')}
          placeholder={t('workspace.search')}
          value={filter}
          onChange={(e) => {
            setFilter(e.currentTarget.value);
            combobox.updateSelectedOptionIndex();
          }}
        />
        {workspaces.isError ? (
          <Box p="xs">
            <ErrorAlert title={t('workspace.loadFailed')} error={workspaces.error} onRetry={() => void workspaces.refetch()} />
          </Box>
        ) : null}
        <Combobox.Options aria-label={t('workspace.listLabel')} mah={300} style={{ overflowY: 'auto' }}>
          {workspaces.isPending ? (
            <Combobox.Empty>
              <Loader size="xs" aria-label={t('common:state.loading')} />
            </Combobox.Empty>
          ) : shown.length === 0 && !workspaces.isError ? (
            <Combobox.Empty>{t('workspace.noMatch')}</Combobox.Empty>
          ) : (
            shown.map((w) => (
              <Combobox.Option value={w.id} key={w.id} active={w.id === workspaceId} aria-selected={w.id === workspaceId}>
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Stack gap={0}>
                    <Text size="sm" fw={w.id === workspaceId ? 700 : 500}>
                      {w.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('workspace.enterpriseProject', { name: w.enterprise_project_name })}
                    </Text>
                  </Stack>
                  {w.id === workspaceId ? <IconCheck size={16} aria-hidden /> : null}
                </Group>
              </Combobox.Option>
            ))
          )}
        </Combobox.Options>
        <Combobox.Footer>
          <Anchor
            component={Link}
            to={{ pathname: '/workspaces', search }}
            size="sm"
            onClick={() => {
              combobox.closeDropdown();
              onNavigate?.();
            }}
          >
            {t('workspace.manage')}
          </Anchor>
        </Combobox.Footer>
      </Combobox.Dropdown>
    </Combobox>
  );
}
