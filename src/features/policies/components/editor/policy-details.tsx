/** "Policy Name", "Description" and the policy kind the services imply. */
import { Badge, Group, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyKind } from '../../model';

export const NAME_MAX = 128;
export const DESCRIPTION_MAX = 256;

export interface PolicyDetailsProps {
  name: string;
  description: string;
  onName: (v: string) => void;
  onDescription: (v: string) => void;
  nameError: string | null;
  kind: PolicyKind;
  disabled: boolean;
}

const KIND_COLOR: Record<PolicyKind, string> = { project: 'blue', global: 'teal', mixed: 'red', none: 'gray' };

/** Memoised: the JSON view re-renders the editor on every keystroke; these fields need not follow. */
export const PolicyDetails = memo(function PolicyDetails({ name, description, onName, onDescription, nameError, kind, disabled }: PolicyDetailsProps) {
  const { t } = useTranslation('policy-editor');
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <TextInput
          label={t('details.name')}
          withAsterisk
          value={name}
          onChange={(e) => onName(e.currentTarget.value)}
          error={nameError}
          description={t('details.nameHelp', { count: name.length, max: NAME_MAX })}
          maw={560}
          disabled={disabled}
        />
        <Textarea
          label={t('details.description')}
          value={description}
          onChange={(e) => onDescription(e.currentTarget.value)}
          error={description.length > DESCRIPTION_MAX ? t('details.descriptionTooLong', { max: DESCRIPTION_MAX, count: description.length }) : undefined}
          description={t('details.descriptionHelp', { count: description.length, max: DESCRIPTION_MAX })}
          autosize
          minRows={2}
          maw={560}
          disabled={disabled}
        />
        <Group gap="xs">
          <Text size="sm" fw={500}>
            {t('details.kind')}
          </Text>
          <Badge color={KIND_COLOR[kind]} variant="light" tt="none">
            {t(`kind.${kind}`)}
          </Badge>
          <Text size="xs" c="dimmed">
            {t(`kind.help.${kind}`)}
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
});
