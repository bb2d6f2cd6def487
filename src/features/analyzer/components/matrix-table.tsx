/**
 * The computed matrix, a page of rows at a time: each cell a link to its check, with an icon, a
 * word and a tooltip (never colour alone).
 */
import { Anchor, Group, Pagination, Table, Text, Tooltip } from '@mantine/core';
import { IconBan, IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MatrixResult } from '../lib/matrix-compute';
import { cellProblems, cellReason, cellWord, type CellWord } from '../lib/matrix-view';

const LOOK: Record<CellWord, { color: string; Icon: typeof IconBan }> = {
  allow: { color: 'var(--mantine-color-green-light-color)', Icon: IconCircleCheck },
  ready: { color: 'var(--mantine-color-green-light-color)', Icon: IconCircleCheck },
  explicit_deny: { color: 'var(--mantine-color-red-light-color)', Icon: IconBan },
  implicit_deny: { color: 'var(--mantine-color-orange-light-color)', Icon: IconCircleX },
  notReady: { color: 'var(--mantine-color-red-light-color)', Icon: IconCircleX },
};
const BG: Record<CellWord, string> = {
  allow: 'var(--mantine-color-green-light)',
  ready: 'var(--mantine-color-green-light)',
  explicit_deny: 'var(--mantine-color-red-light)',
  implicit_deny: 'var(--mantine-color-orange-light)',
  notReady: 'var(--mantine-color-red-light)',
};

export interface MatrixTableProps {
  result: MatrixResult;
  rows: number[];
  userNames: string[];
  columnLabels: string[];
  /** The link of a cell (its check). */
  cellHref: (row: number, col: number) => string;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
}

export const MatrixTable = memo(function MatrixTable({ result, rows, userNames, columnLabels, cellHref, page, pageSize, onPageChange }: MatrixTableProps) {
  const { t } = useTranslation('analyzer');
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const visible = rows.slice((page - 1) * pageSize, page * pageSize);
  const tip = (r: number, c: number, word: CellWord) => {
    const base = t('matrix.cellTip', { user: userNames[r], column: columnLabels[c], verdict: t(`cell.${word}`) });
    if (result.kind === 'actions') {
      const reason = cellReason(result, r, c);
      return reason ? `${base} — ${t(`reason.${reason}`, { user: userNames[r], action: columnLabels[c] })}` : base;
    }
    const problems = cellProblems(result, r, c);
    const missing = result.missing[r * result.cols + c] ?? 0;
    return problems.length === 0 ? base : `${base} — ${problems.map((p) => t(`matrix.problem.${p}`, { count: missing })).join('; ')}`;
  };
  return (
    <>
      <Table.ScrollContainer minWidth={Math.min(4000, 200 + columnLabels.length * 120)} type="native">
        <Table withTableBorder withColumnBorders verticalSpacing={4} horizontalSpacing={6} fz="xs" stickyHeader>
          <Table.Caption>{t('matrix.caption', { rows: rows.length, cols: columnLabels.length })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('matrix.user')}</Table.Th>
              {columnLabels.map((c) => (
                <Table.Th key={c} scope="col" style={{ minWidth: 110, wordBreak: 'break-all' }}>
                  {c}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {visible.map((r) => (
              <Table.Tr key={r}>
                <Table.Th scope="row">{userNames[r]}</Table.Th>
                {columnLabels.map((_, c) => {
                  const word = cellWord(result, r, c);
                  const { color, Icon } = LOOK[word];
                  const label = tip(r, c, word);
                  return (
                    <Table.Td key={c} style={{ background: BG[word] }}>
                      <Tooltip label={label} multiline maw={360} openDelay={200} withinPortal>
                        <Anchor component={Link} to={cellHref(r, c)} aria-label={label} size="xs" c="var(--mantine-color-text)" underline="hover">
                          <Group gap={4} wrap="nowrap" component="span">
                            <Icon size={14} color={color} aria-hidden />
                            <Text span size="xs" fw={600} inherit>
                              {t(`cell.${word}`)}
                            </Text>
                          </Group>
                        </Anchor>
                      </Tooltip>
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pages > 1 ? (
        <Group justify="flex-end">
          <Pagination total={pages} value={page} onChange={onPageChange} size="sm" getControlProps={(control) => ({ 'aria-label': t(`matrix.page.${control}`) })} getItemProps={(p) => ({ 'aria-label': t('matrix.pageN', { page: p }) })} />
        </Group>
      ) : null}
    </>
  );
});
