/** "Signed in as <name>": the persona menu's button (persona-menu.tsx), also its stand-in before the menu loads. */
import { Button, Loader, Text } from '@mantine/core';
import { IconChevronDown, IconUserCircle } from '@tabler/icons-react';
import type { ComponentPropsWithoutRef, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '@/components/session/use-session';
import { usePersonaSwitch } from '../session/session-gate';
import { displayName } from '../session/sign-in';

export type PersonaButtonProps = Omit<ComponentPropsWithoutRef<'button'>, 'children' | 'color' | 'style'> & { ref?: Ref<HTMLButtonElement> };

export function PersonaButton(props: PersonaButtonProps) {
  const { t } = useTranslation('shell');
  const session = useSession();
  const { switching } = usePersonaSwitch();
  const name = displayName(session);
  return (
    <Button
      variant="default"
      leftSection={switching ? <Loader size={14} /> : <IconUserCircle size={18} aria-hidden />}
      rightSection={<IconChevronDown size={14} aria-hidden />}
      aria-label={t('persona.button', { name })}
      {...props}
    >
      <Text span size="sm" maw={180} truncate="end">
        {t('persona.button', { name })}
      </Text>
    </Button>
  );
}
