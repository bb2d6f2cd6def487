/**
 * The persona menu itself (Mantine Menu): loaded after the first paint by persona-menu.tsx, whose
 * button stands in until then.
 */
import { Badge, Box, Group, Loader, Menu, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/api/client';
import { ErrorAlert } from '@/components/feedback/error-alert';
import { useSession } from '@/components/session/use-session';
import { PERSONA_PAGE, usePersonas } from '@/api/resources/users';
import { storedAccountName } from '@/components/session/account';
import { usePersonaSwitch } from '../session/session-gate';
import { PersonaButton } from './persona-button';

function AdminBadge({ admin }: { admin: boolean }) {
  const { t } = useTranslation('shell');
  return admin ? (
    <Badge size="sm" variant="filled" color="brand">
      {t('persona.admin')}
    </Badge>
  ) : (
    <Badge size="sm" variant="outline" color="gray">
      {t('persona.notAdmin')}
    </Badge>
  );
}

export interface PersonaMenuDropdownProps {
  /** Clicks on the stand-in button (persona-menu.tsx): each one opens the menu. */
  openRequests?: number;
  autoFocus?: boolean;
}

export function PersonaMenuDropdown({ openRequests = 0, autoFocus = false }: PersonaMenuDropdownProps) {
  const { t, i18n } = useTranslation('shell');
  const session = useSession();
  const { switchPersona } = usePersonaSwitch();
  const [opened, setOpened] = useState(openRequests > 0);
  const [seenRequests, setSeenRequests] = useState(openRequests);
  if (openRequests !== seenRequests) {
    setSeenRequests(openRequests);
    setOpened(true);
  }
  // Mantine returns focus to what had it when the menu opened; a menu that opened as it arrived
  // (its stand-in had focus, now gone) has nothing to return to: focus the button instead when
  // focus is left in the closing dropdown or on nothing.
  const button = useRef<HTMLButtonElement>(null);
  const dropdown = useRef<HTMLDivElement>(null);
  const wasOpen = useRef(opened);
  useEffect(() => {
    const closed = wasOpen.current && !opened;
    wasOpen.current = opened;
    if (!closed) return;
    const id = setTimeout(() => {
      const active = document.activeElement;
      if (active === null || active === document.body || dropdown.current?.contains(active)) button.current?.focus();
    }, 0);
    return () => clearTimeout(id);
  }, [opened]);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const personas = usePersonas(debounced, opened);
  const accountName = session.domainName ?? storedAccountName();

  const forbidden = personas.error instanceof ApiError && personas.error.status === 403;
  const users = personas.data?.users ?? [];
  const total = personas.data?.total ?? 0;
  const showSearch = !forbidden && (total > PERSONA_PAGE || search !== '');

  const pick = (userName: string | null) => {
    setOpened(false);
    if ((userName ?? null) === session.userName) return;
    void switchPersona(userName);
  };

  return (
    <Menu opened={opened} onChange={setOpened} position="bottom-end" width={340} shadow="md" withinPortal={false} zIndex={300}>
      <Menu.Target>
        <PersonaButton
          ref={button}
          // Focus stays on the button only when the menu is not opening: an opening menu takes it.
          autoFocus={autoFocus && openRequests === 0}
          // Escape closes the menu wherever focus is; Mantine handles it only inside the dropdown,
          // and a menu that opens as it arrives may not have moved focus there yet.
          onKeyDown={(e) => {
            if (e.key === 'Escape' && opened) {
              e.preventDefault();
              setOpened(false);
            }
          }}
        />
      </Menu.Target>
      <Menu.Dropdown ref={dropdown}>
        <Menu.Label>{t('persona.account')}</Menu.Label>
        <Menu.Item onClick={() => pick(null)} rightSection={<AdminBadge admin />} aria-current={session.isRoot ? 'true' : undefined}>
          <Text size="sm" fw={session.isRoot ? 700 : 400}>
            {accountName}
          </Text>
          <Text size="xs" c="dimmed">
            {t('persona.accountHint')}
          </Text>
        </Menu.Item>
        <Menu.Divider />
        <Menu.Label>{t('persona.users')}</Menu.Label>
        {showSearch ? (
          <TextInput
            mx="xs"
            mb="xs"
            size="xs"
            aria-label={t('persona.search')}
            placeholder={t('persona.search')}
            leftSection={<IconSearch size={14} aria-hidden />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            // Typing in the menu must not move focus to menu items.
            onKeyDown={(e) => e.stopPropagation()}
          />
        ) : null}
        {personas.isPending ? (
          <Group justify="center" py="xs">
            <Loader size="xs" role="status" aria-label={t('common:state.loading')} />
          </Group>
        ) : null}
        {forbidden ? (
          <>
            {!session.isRoot && session.userName ? (
              <Menu.Item onClick={() => pick(session.userName)} rightSection={<AdminBadge admin={session.isAdmin} />} aria-current="true">
                <Text size="sm" fw={700}>
                  {session.userName} ({t('persona.current')})
                </Text>
              </Menu.Item>
            ) : null}
            <Text size="xs" c="dimmed" px="sm" py={4} maw={320}>
              {t('persona.listForbidden')}
            </Text>
          </>
        ) : personas.isError ? (
          <Box px="xs" py={4} maw={330}>
            <ErrorAlert title={t('persona.listFailed')} error={personas.error} onRetry={() => void personas.refetch()} retrying={personas.isFetching} />
          </Box>
        ) : null}
        <div style={{ maxHeight: 320, overflowY: 'auto' }}>
          {users.map((u) => (
            <Menu.Item
              key={u.id}
              onClick={() => pick(u.name)}
              rightSection={<AdminBadge admin={u.is_admin} />}
              aria-current={u.name === session.userName ? 'true' : undefined}
            >
              <Text size="sm" fw={u.name === session.userName ? 700 : 400}>
                {u.name}
              </Text>
            </Menu.Item>
          ))}
        </div>
        {!forbidden && personas.data && users.length === 0 ? (
          <Text size="xs" c="dimmed" px="sm" py={4}>
            {t('persona.noMatch')}
          </Text>
        ) : null}
        {!forbidden && total > users.length ? (
          <Text size="xs" c="dimmed" px="sm" py={4}>
            {t('persona.showingFirst', { shown: users.length, total: total.toLocaleString(i18n.language) })}
          </Text>
        ) : null}
      </Menu.Dropdown>
    </Menu>
  );
}
