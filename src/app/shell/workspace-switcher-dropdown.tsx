/**
 * The workspace switcher itself (Mantine Combobox): loaded after the first paint by
 * workspace-switcher.tsx, whose button stands in until then.
 */
import { Anchor, Box, Combobox, Group, Loader, Stack, Text, useCombobox } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/feedback/error-alert';
import { useSetWorkspaceId, useWorkspaceId, useWorkspaceSearch } from '@/components/session/use-workspace-id';
import { useAccessibleWorkspaces } from '@/api/resources/workspaces';
import { WorkspaceButton } from './workspace-button';
import { paths } from '@/components/navigation/paths';

export interface WorkspaceSwitcherDropdownProps {
  onNavigate?: () => void;
  /** Clicks on the stand-in button (workspace-switcher.tsx): each one opens the switcher. */
  openRequests?: number;
  autoFocus?: boolean;
}

export function WorkspaceSwitcherDropdown({ onNavigate, openRequests = 0, autoFocus = false }: WorkspaceSwitcherDropdownProps) {
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
  useEffect(() => {
    if (openRequests > 0) combobox.openDropdown();
    // Only a new request opens it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [openRequests]);

  const list = workspaces.data?.workspaces ?? [];
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
        <WorkspaceButton onClick={() => combobox.toggleDropdown()} aria-expanded={combobox.dropdownOpened} autoFocus={autoFocus} />
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
              <Loader size="xs" role="status" aria-label={t('common:state.loading')} />
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
            to={{ pathname: paths.workspaces, search }}
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
