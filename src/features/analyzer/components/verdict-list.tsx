/**
 * One user's verdicts as a table: each row a function or an action, its verdict (icon + word, never
 * colour alone) as a link to its check, and why.
 */
import { Anchor, Code, Group, Table, Text } from '@mantine/core';
import { IconBan, IconCircleCheck, IconCircleX, IconHelpHexagon } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CellWord } from '../lib/matrix-view';

export interface VerdictRow {
  key: string;
  label: string;
  /** Shown as code (an action name). */
  code?: boolean;
  word: CellWord;
  href: string;
  detail: string;
}

const ICON: Record<CellWord, { Icon: typeof IconBan; color: string }> = {
  allow: { Icon: IconCircleCheck, color: 'green.9' },
  ready: { Icon: IconCircleCheck, color: 'green.9' },
  explicit_deny: { Icon: IconBan, color: 'red.9' },
  notReady: { Icon: IconCircleX, color: 'red.9' },
  implicit_deny: { Icon: IconCircleX, color: 'orange.9' },
  conditional: { Icon: IconHelpHexagon, color: 'yellow.9' },
};

export function VerdictList({ rows, caption, nameHeader }: { rows: readonly VerdictRow[]; caption: string; nameHeader: string }) {
  const { t } = useTranslation('analyzer');
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped withTableBorder verticalSpacing={4} fz="sm">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{nameHeader}</Table.Th>
            <Table.Th>{t('userAccess.verdict')}</Table.Th>
            <Table.Th>{t('userAccess.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => {
            const { Icon, color } = ICON[r.word];
            return (
              <Table.Tr key={r.key}>
                <Table.Th scope="row" fw={400}>
                  {r.code ? <Code>{r.label}</Code> : r.label}
                </Table.Th>
                {/* One line in every language: Chinese breaks between any two characters ("未就绪"). */}
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Anchor component={Link} to={r.href} size="sm" fw={600} c="var(--mantine-color-text)" aria-label={`${r.label}: ${t(`cell.${r.word}`)}`}>
                    <Group gap={4} wrap="nowrap" component="span">
                      <Text span c={color} lh={0}>
                        <Icon size={14} aria-hidden />
                      </Text>
                      {t(`cell.${r.word}`)}
                    </Group>
                  </Anchor>
                </Table.Td>
                <Table.Td>{r.detail}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
