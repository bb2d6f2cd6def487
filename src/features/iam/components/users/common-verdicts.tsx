/** The engine's verdict for common ModelArts and OBS actions, with its explanation in plain words. */
import { Code, List, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useExplanationTexts } from '@/i18n/explanation-text';
import type { ActionVerdict } from '../../lib/effective-permissions';
import { VerdictBadge } from './verdict-badge';

export function CommonVerdicts({ verdicts }: { verdicts: ActionVerdict[] }) {
  const { t } = useTranslation('iam');
  const explanationTexts = useExplanationTexts();
  return (
    <Table aria-label={t('permissions.verdictsTable')} verticalSpacing="sm" striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('permissions.action')}</Table.Th>
          <Table.Th scope="col">{t('permissions.verdict')}</Table.Th>
          <Table.Th scope="col">{t('permissions.why')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {verdicts.map(({ action, result }) => (
          <Table.Tr key={action}>
            <Table.Td>
              <Code>{action}</Code>
            </Table.Td>
            <Table.Td>
              <VerdictBadge decision={result.conditional !== undefined ? 'conditional' : result.decision} />
            </Table.Td>
            <Table.Td>
              {result.conditional !== undefined ? (
                // The keys that decide and the statements reading them come first.
                <Text size="sm" fw={500}>
                  {t('permissions.conditionalWhy', {
                    keys: result.conditional.keys.join(', '),
                    statements: result.conditional.statements.map((s) => t('permissions.statement', { n: s.statementIndex + 1, policy: s.policyName ?? s.policyId ?? '' })).join(', '),
                    interpolation: { escapeValue: false },
                  })}
                </Text>
              ) : null}
              {result.explanation.length > 0 ? (
                <List size="sm" spacing={2}>
                  {explanationTexts(result).map((s, i) => (
                    <List.Item key={i}>{s}</List.Item>
                  ))}
                </List>
              ) : (
                <Text size="sm">—</Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
