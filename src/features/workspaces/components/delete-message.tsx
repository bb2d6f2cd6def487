/** The body of the delete confirmation: what is lost, and the permission deletion needs. */
import { Code, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';

/** Deleting a workspace clears its resources, which needs delete rights on every ModelArts resource type. */
export const DELETE_PERMISSION = 'modelarts:*:*delete*';

export function DeleteMessage({ t }: { t: TFunction<'workspaces'> }) {
  const [before, after] = t('delete.permission', { action: '\u0000' }).split('\u0000');
  return (
    <Stack gap="xs">
      <Text size="sm">{t('delete.body')}</Text>
      <Text size="sm" c="dimmed">
        {before}
        <Code>{DELETE_PERMISSION}</Code>
        {after}
      </Text>
    </Stack>
  );
}
