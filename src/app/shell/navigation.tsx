/** The navigation: ModelArts pages, IAM pages, console settings. Links keep `?workspace=`. */
import { NavLink, Stack, Text } from '@mantine/core';
import {
  IconAdjustments,
  IconBriefcase,
  IconFileCode,
  IconSettings,
  IconShieldSearch,
  IconUser,
  IconUserShield,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useWorkspaceSearch } from '@/components/session/use-workspace-id';
import { paths } from '@/components/navigation/paths';

interface Item {
  to: string;
  labelKey: string;
  icon: ReactNode;
}

const sections: Array<{ titleKey: string; items: Item[] }> = [
  {
    titleKey: 'nav.sectionModelArts',
    items: [
      { to: paths.globalConfig, labelKey: 'nav.globalConfig', icon: <IconAdjustments size={18} aria-hidden /> },
      { to: paths.workspaces, labelKey: 'nav.workspaces', icon: <IconBriefcase size={18} aria-hidden /> },
    ],
  },
  {
    titleKey: 'nav.sectionIam',
    items: [
      { to: paths.users, labelKey: 'nav.users', icon: <IconUser size={18} aria-hidden /> },
      { to: paths.groups, labelKey: 'nav.groups', icon: <IconUsersGroup size={18} aria-hidden /> },
      { to: paths.agencies, labelKey: 'nav.agencies', icon: <IconUserShield size={18} aria-hidden /> },
      { to: paths.policies, labelKey: 'nav.policies', icon: <IconFileCode size={18} aria-hidden /> },
      { to: paths.analyzer, labelKey: 'nav.analyzer', icon: <IconShieldSearch size={18} aria-hidden /> },
    ],
  },
  {
    titleKey: 'nav.sectionConsole',
    items: [{ to: paths.settings, labelKey: 'nav.settings', icon: <IconSettings size={18} aria-hidden /> }],
  },
];

export function Navigation({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation('shell');
  const { pathname } = useLocation();
  const search = useWorkspaceSearch();
  return (
    <Stack gap="md">
        {sections.map((section) => (
          <Stack gap={2} key={section.titleKey}>
            <Text size="xs" fw={700} tt="uppercase" c="dimmed" px="sm" aria-hidden>
              {t(section.titleKey)}
            </Text>
            {section.items.map((item) => {
              const active = pathname === item.to || pathname.startsWith(`${item.to}/`);
              return (
                <NavLink
                  key={item.to}
                  component={Link}
                  to={{ pathname: item.to, search }}
                  label={t(item.labelKey)}
                  leftSection={item.icon}
                  active={active}
                  aria-current={active ? 'page' : undefined}
                  variant="filled"
                  onClick={onNavigate}
                />
              );
            })}
          </Stack>
      ))}
    </Stack>
  );
}
