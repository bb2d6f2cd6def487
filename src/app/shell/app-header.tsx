import { Burger, Group, Text } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch';
import { PersonaMenu } from './persona-menu';
import { RegionSelect } from './region-select';
import { ThemeToggle } from './theme-toggle';

export function AppHeader({ navOpened, onToggleNav }: { navOpened: boolean; onToggleNav: () => void }) {
  const { t } = useTranslation('shell');
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={navOpened ? t('nav.closeMenu') : t('nav.openMenu')}
        />
        <IconShieldLock size={26} aria-hidden color="var(--mantine-primary-color-light-color)" />
        <Group gap={6} wrap="nowrap" visibleFrom="xs">
          <Text fw={700} size="lg">
            {t('productName')}
          </Text>
          <Text size="lg" c="dimmed" visibleFrom="md">
            {t('productSubtitle')}
          </Text>
        </Group>
      </Group>
      <Group gap="sm" wrap="nowrap">
        <RegionSelect />
        <LanguageSwitch />
        <ThemeToggle />
        <PersonaMenu />
      </Group>
    </Group>
  );
}
