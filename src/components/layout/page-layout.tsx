import { Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';

export interface PageLayoutProps {
  /** The page's name: rendered as the one `<h1>` of the page and used as the document title. */
  title: ReactNode;
  /** One sentence under the title. */
  description?: ReactNode;
  /** Buttons on the right of the title. */
  actions?: ReactNode;
  children?: ReactNode;
}

/** Every page: an `<h1>` title (Title order={1}), optional description and actions, then content. */
export function PageLayout({ title, description, actions, children }: PageLayoutProps) {
  useEffect(() => {
    if (typeof title === 'string') document.title = `${title} · ModelArts`;
  }, [title]);
  return (
    <Stack gap="lg" component="section" aria-labelledby="page-title">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4}>
          <Title order={1} id="page-title" size="h2">
            {title}
          </Title>
          {description ? (
            <Text c="dimmed" size="sm" maw={760}>
              {description}
            </Text>
          ) : null}
        </Stack>
        {actions ? <Group gap="sm">{actions}</Group> : null}
      </Group>
      {children}
    </Stack>
  );
}
