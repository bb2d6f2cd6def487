/**
 * Why a check result is Conditional: the context keys the request lacks, the statements that read
 * them, and values under which the result differs (the engine's proof); the admin supplies values
 * under Context keys and checks again.
 */
import { Alert, Code, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConditionalResult } from '@/iam';
import { StatementLink } from './statement-link';

export function ConditionalNote({ conditional }: { conditional: ConditionalResult }) {
  const { t } = useTranslation('analyzer');
  const { example, exampleDecision } = conditional;
  const values = example === undefined ? '' : Object.entries(example).map(([k, v]) => `${k} = ${JSON.stringify(v)}`).join(', ');
  return (
    <Alert color="yellow" variant="light" title={t('conditional.title')}>
      <Stack gap={4}>
        <Text size="sm">
          <Text span fw={600}>
            {t('conditional.keys')}
          </Text>{' '}
          {conditional.keys.map((k) => (
            <Code key={k} mr={4}>
              {k}
            </Code>
          ))}
        </Text>
        <Text size="sm" fw={600}>
          {t('conditional.readBy')}
        </Text>
        <List size="sm" spacing={2}>
          {conditional.statements.map((s) => (
            <List.Item key={`${s.policyIndex}:${s.statementIndex}`}>
              <StatementLink statement={s} />
            </List.Item>
          ))}
        </List>
        <Text size="sm">
          {example !== undefined && exampleDecision !== undefined
            ? t('conditional.example', { values, decision: t(`decision.${exampleDecision}`), interpolation: { escapeValue: false } })
            : t('conditional.noExample')}
        </Text>
        <Text size="sm">{t('conditional.supply')}</Text>
      </Stack>
    </Alert>
  );
}
