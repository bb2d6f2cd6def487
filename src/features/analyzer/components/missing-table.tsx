/** Missing permissions with the seed table row that requires each one. */
import { Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScenarioResult } from '@/iam';

export function MissingTable({ actions, sources, caption }: { actions: string[]; sources: ScenarioResult['sources']; caption: string }) {
  const { t } = useTranslation('analyzer');
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped withTableBorder verticalSpacing={4} fz="sm">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('scenario.action')}</Table.Th>
            <Table.Th>{t('scenario.requiredBy')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {actions.map((a) => (
            <Table.Tr key={a}>
              <Table.Td>
                <Code>{a}</Code>
              </Table.Td>
              <Table.Td>
                {(sources[a] ?? []).map((s, i) => (
                  <Text size="sm" key={i}>
                    {s.table} · {s.row}
                  </Text>
                ))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
