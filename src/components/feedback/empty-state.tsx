import { Stack, Text, ThemeIcon } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export interface EmptyStateProps {
  title: ReactNode;
  description?: ReactNode;
  /** e.g. a "Create" button. */
  action?: ReactNode;
  icon?: ReactNode;
}

/** What a list shows when it has nothing: a title, a sentence and optionally the next step. */
export function EmptyState({ title, description, action, icon }: EmptyStateProps) {
  return (
    <Stack align="center" gap="xs" py="xl" role="status">
      <ThemeIcon variant="light" size={44} radius="xl" aria-hidden>
        {icon ?? <IconInbox size={24} />}
      </ThemeIcon>
      <Text fw={600}>{title}</Text>
      {description ? (
        <Text size="sm" c="dimmed" ta="center" maw={480}>
          {description}
        </Text>
      ) : null}
      {action}
    </Stack>
  );
}
