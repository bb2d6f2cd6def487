/** "Why not": every statement the engine looked at, with its reason in words (explain output). */
import { Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StatementExplain } from '@/iam';
import { StatementLink } from './statement-link';

function show(value: unknown): string {
  if (value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function WhyNotTable({ explain, caption }: { explain: StatementExplain[]; caption: string }) {
  const { t } = useTranslation('analyzer');
  if (explain.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('result.noStatements')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped withTableBorder verticalSpacing={4} fz="sm">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('whyNot.statement')}</Table.Th>
            <Table.Th>{t('whyNot.effect')}</Table.Th>
            <Table.Th>{t('whyNot.result')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {explain.map((e) => (
            <Table.Tr key={`${e.policyIndex}:${e.statementIndex}`}>
              <Table.Td>
                <StatementLink statement={e} />
              </Table.Td>
              <Table.Td>{e.effect === 'Deny' ? t('whyNot.deny') : t('whyNot.allow')}</Table.Td>
              <Table.Td>
                {t(`whyNot.reason.${e.reason}`, { key: e.condition?.key ?? '' })}
                {e.condition ? (
                  <Text size="xs" c="dimmed" component="div">
                    <Code>{e.condition.operator}</Code> <Code>{e.condition.key}</Code>{' '}
                    {t('whyNot.values', { request: show(e.condition.requestValue), policy: e.condition.policyValues.map(show).join(', ') })}
                    {e.condition.note ? ` — ${e.condition.note}` : ''}
                  </Text>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
