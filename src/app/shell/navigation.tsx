/**
 * The navigation: ModelArts pages, IAM pages, the console's demo data. Links keep `?workspace=`.
 * Global Configuration is where the ModelArts console's "Settings" entry leads: it says so.
 */
import { NavLink, Stack, Text } from '@mantine/core';
import {
  IconAdjustments,
  IconBriefcase,
  IconDatabase,
  IconFileCode,
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
  /** A second line under the label (not part of the link's name). */
  hintKey?: string;
  icon: ReactNode;
}

const sections: Array<{ titleKey: string; items: Item[] }> = [
  {
    titleKey: 'nav.sectionModelArts',
    items: [
      { to: paths.globalConfig, labelKey: 'nav.globalConfig', hintKey: 'nav.globalConfigHint', icon: <IconAdjustments size={18} aria-hidden /> },
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
    items: [{ to: paths.demoData, labelKey: 'nav.demoData', icon: <IconDatabase size={18} aria-hidden /> }],
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
                  description={item.hintKey ? t(item.hintKey) : undefined}
                  aria-label={item.hintKey ? t(item.labelKey) : undefined}
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
