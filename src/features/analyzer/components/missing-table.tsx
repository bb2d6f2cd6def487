/** Missing permissions with the layer that refuses each one and the seed table row that requires it. */
import { Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MissingLayer, ScenarioResult } from '@/iam';
import { sourceText } from '../lib/source-text';

export interface MissingTableProps {
  actions: string[];
  sources: ScenarioResult['sources'];
  caption: string;
  /** The layer that refuses each action (user side): a "Why" column. */
  layers?: Record<string, MissingLayer> | undefined;
}

export function MissingTable({ actions, sources, caption, layers }: MissingTableProps) {
  const { t } = useTranslation('analyzer');
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped withTableBorder verticalSpacing={4} fz="sm">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('scenario.action')}</Table.Th>
            {layers ? <Table.Th>{t('scenario.why')}</Table.Th> : null}
            <Table.Th>{t('scenario.requiredBy')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {actions.map((a) => (
            <Table.Tr key={a}>
              <Table.Td>
                <Code>{a}</Code>
              </Table.Td>
              {layers ? <Table.Td>{layers[a] ? t(`missingLayer.${layers[a]}`) : ''}</Table.Td> : null}
              <Table.Td>
                {(sources[a] ?? []).map((s, i) => (
                  <Text size="sm" key={i}>
                    {sourceText(s, t)}
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
