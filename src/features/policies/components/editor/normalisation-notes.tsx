/**
 * The changes the visual view makes to a JSON policy, listed before switching. Each note's
 * detail is the model's English message in English; another language words it from the note's
 * params with the `normalise.codes.<code>[_<variant>]` template, as engine findings are worded.
 */
import { List, Stack, Text } from '@mantine/core';
import { i18n } from '@/i18n';
import { findingText } from '@/i18n/finding-text';
import type { NormalisationNote } from '../../model';

export function NormalisationNotes({ notes }: { notes: readonly NormalisationNote[] }) {
  const t = i18n.getFixedT(null, 'policy-editor');
  const detailT = i18n.getFixedT(null, 'policy-editor', 'normalise');
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (
    <Stack gap="xs">
      <Text size="sm">{t('normalise.body')}</Text>
      <List size="sm" spacing={4}>
        {notes.map((n, i) => (
          <List.Item key={i}>
            <Text size="sm" span fw={500}>
              {n.statementIndex === null ? t(`notes.${n.code}`) : t('normalise.statement', { n: n.statementIndex + 1, note: t(`notes.${n.code}`) })}
            </Text>{' '}
            <Text size="xs" c="dimmed" span>
              {findingText(n, detailT, language)}
            </Text>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
