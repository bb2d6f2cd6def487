/**
 * The computed matrix, a page of rows at a time. Thousands of cells: plain elements (no component
 * per cell), each a link to its check with an icon, a word and a tooltip (`title`, and the same
 * text as its accessible name) — never colour alone. Clicks are handled once, on the table.
 */
import { Group, Pagination, Text } from '@mantine/core';
import { IconBan, IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import { memo, useId, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { MatrixResult } from '../lib/matrix-compute';
import { cellProblems, cellReason, cellWord, type CellWord } from '../lib/matrix-view';
import classes from './matrix-table.module.css';

const LOOK: Record<CellWord, { className: string | undefined; Icon: typeof IconBan }> = {
  allow: { className: classes.good, Icon: IconCircleCheck },
  ready: { className: classes.good, Icon: IconCircleCheck },
  explicit_deny: { className: classes.deny, Icon: IconBan },
  implicit_deny: { className: classes.none, Icon: IconCircleX },
  notReady: { className: classes.deny, Icon: IconCircleX },
};

/** Markers replaced by the user and column of a cell. */
const USER = '\u0001';
const COLUMN = '\u0002';

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

/** Columns shown at once: a page of rows × a page of columns keeps each render small. */
export const COLUMN_PAGE_SIZE = 25;

export const MatrixTable = memo(function MatrixTable({ result, rows, userNames, columnLabels, cellHref, page, pageSize, onPageChange }: MatrixTableProps) {
  const { t } = useTranslation('analyzer');
  const navigate = useNavigate();
  const [colPage, setColPage] = useState(1);
  const colNavId = useId();
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const colPages = Math.max(1, Math.ceil(columnLabels.length / COLUMN_PAGE_SIZE));
  const visible = rows.slice((page - 1) * pageSize, page * pageSize);
  const firstCol = (Math.min(colPage, colPages) - 1) * COLUMN_PAGE_SIZE;
  const visibleCols = columnLabels.slice(firstCol, firstCol + COLUMN_PAGE_SIZE).map((label, i) => ({ label, c: firstCol + i }));
  const words: Record<CellWord, string> = {
    allow: t('cell.allow'),
    explicit_deny: t('cell.explicit_deny'),
    implicit_deny: t('cell.implicit_deny'),
    ready: t('cell.ready'),
    notReady: t('cell.notReady'),
  };
  // i18next is too slow to call for every one of thousands of cells: translate each distinct
  // sentence once with markers, then fill in the user and column by plain replacement.
  const templates = new Map<string, string>();
  const template = (key: string, make: () => string) => {
    let v = templates.get(key);
    if (v === undefined) templates.set(key, (v = make()));
    return v;
  };
  const fill = (text: string, r: number, c: number) => text.split(USER).join(userNames[r] ?? '').split(COLUMN).join(columnLabels[c] ?? '');
  const tip = (r: number, c: number, word: CellWord) => {
    let detail: string;
    if (result.kind === 'actions') {
      const reason = cellReason(result, r, c);
      detail = reason ? template(`r:${reason}`, () => ` — ${t(`reason.${reason}`, { user: USER, action: COLUMN })}`) : '';
    } else {
      const problems = cellProblems(result, r, c);
      detail = problems.length === 0 ? '' : template(`p:${problems.join()}`, () => ` — ${problems.map((p) => t(`matrix.problem.${p}`)).join('; ')}`);
    }
    return fill(template(`w:${word}`, () => t('matrix.cellTip', { user: USER, column: COLUMN, verdict: words[word] })) + detail, r, c);
  };
  // One handler for every cell link: client-side navigation to the cell's check.
  const onClick = (e: MouseEvent<HTMLTableSectionElement>) => {
    const a = (e.target as HTMLElement).closest('a');
    if (!a || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    void navigate(a.getAttribute('href') ?? '');
  };
  const headClass = result.kind === 'actions' ? classes.actionHead : classes.colHead;
  return (
    <>
      <div className={classes.scroll}>
        <table className={classes.table} aria-label={t('matrix.caption', { rows: rows.length, cols: columnLabels.length })}>
          <thead>
            <tr>
              <th scope="col" className={classes.rowHead}>
                {t('matrix.user')}
              </th>
              {visibleCols.map(({ label, c }) => (
                <th key={c} scope="col" className={headClass}>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody onClick={onClick}>
            {visible.map((r) => (
              <tr key={r}>
                <th scope="row" className={classes.rowHead}>
                  {userNames[r]}
                </th>
                {visibleCols.map(({ c }) => {
                  const word = cellWord(result, r, c);
                  const { className, Icon } = LOOK[word];
                  const label = tip(r, c, word);
                  return (
                    <td key={c} className={`${classes.cell} ${className ?? ''}`}>
                      <a href={cellHref(r, c)} title={label} aria-label={label}>
                        <Icon size={14} aria-hidden />
                        {words[word]}
                      </a>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {colPages > 1 || pages > 1 ? (
        <Group justify="space-between" wrap="wrap">
          {colPages > 1 ? (
            <Group gap="xs">
              <Text size="sm" id={colNavId}>
                {t('matrix.columnsShown', { from: firstCol + 1, to: firstCol + visibleCols.length, total: columnLabels.length })}
              </Text>
              <Pagination
                total={colPages}
                value={Math.min(colPage, colPages)}
                onChange={setColPage}
                size="sm"
                aria-labelledby={colNavId}
                getControlProps={(control) => ({ 'aria-label': t(`matrix.colPage.${control}`) })}
                getItemProps={(p) => ({ 'aria-label': t('matrix.colPageN', { page: p }) })}
              />
            </Group>
          ) : (
            <span />
          )}
          {pages > 1 ? (
            <Pagination
              total={pages}
              value={page}
              onChange={onPageChange}
              size="sm"
              getControlProps={(control) => ({ 'aria-label': t(`matrix.page.${control}`) })}
              getItemProps={(p) => ({ 'aria-label': t('matrix.pageN', { page: p }) })}
            />
          ) : null}
        </Group>
      ) : null}
    </>
  );
});
