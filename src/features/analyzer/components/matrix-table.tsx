/**
 * The computed matrix: a native table whose rows are virtualised (@tanstack/react-virtual; only the
 * rows in view are in the DOM, `aria-rowcount` / `aria-rowindex` tell assistive technology where
 * they are) and whose columns come a page at a time. Cells are plain elements (no component per
 * cell), each a link to its check with an icon, a word and a tooltip (`title`, and the same text
 * as its accessible name) — never colour alone. Clicks are handled once, on the table.
 */
import { Group, Pagination, Text } from '@mantine/core';
import { IconBan, IconCircleCheck, IconCircleX, IconHelpHexagon } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useId, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { MatrixResult } from '../lib/matrix-compute';
import { cellConditionalKeys, cellProblems, cellReason, cellWord, type CellWord } from '../lib/matrix-view';
import classes from './matrix-table.module.css';

const LOOK: Record<CellWord, { className: string | undefined; Icon: typeof IconBan }> = {
  allow: { className: classes.good, Icon: IconCircleCheck },
  ready: { className: classes.good, Icon: IconCircleCheck },
  explicit_deny: { className: classes.deny, Icon: IconBan },
  implicit_deny: { className: classes.none, Icon: IconCircleX },
  conditional: { className: classes.conditional, Icon: IconHelpHexagon },
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
  /** Scenario cells: the Deny statement behind an explicit Deny (../hooks/use-deny-detail.ts), named instead of the layer alone. */
  denyDetail?: ((row: number, col: number) => string | undefined) | undefined;
}

/** Columns shown at once: the rows in view × a page of columns keeps each render small. */
export const COLUMN_PAGE_SIZE = 25;
/** Row height in pixels (matrix-table.module.css `.table tr`). */
const ROW_HEIGHT = 33;
/**
 * Cells added per frame while the table first fills its window: the window's ~600 cells in one
 * commit (React, then style and layout) were the longest main-thread task while the whole
 * organisation streams (issue 15: none over 50 ms). A narrow table fills at once.
 */
const CELLS_PER_FRAME = 150;

export const MatrixTable = memo(function MatrixTable({ result, rows, userNames, columnLabels, cellHref, denyDetail }: MatrixTableProps) {
  const { t } = useTranslation('analyzer');
  const navigate = useNavigate();
  const [colPage, setColPage] = useState(1);
  const colNavId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 5,
    // Before the first measurement (and in tests without layout): a window's worth of rows.
    initialRect: { width: 1200, height: 600 },
  });
  const colPages = Math.max(1, Math.ceil(columnLabels.length / COLUMN_PAGE_SIZE));
  const firstCol = (Math.min(colPage, colPages) - 1) * COLUMN_PAGE_SIZE;
  const visibleCols = columnLabels.slice(firstCol, firstCol + COLUMN_PAGE_SIZE).map((label, i) => ({ label, c: firstCol + i }));
  const all = virtualizer.getVirtualItems();
  const step = Math.max(1, Math.floor(CELLS_PER_FRAME / visibleCols.length));
  // How many rows this result's table has reached (a new question starts again from a few).
  const [reached, setReached] = useState({ result, cap: step });
  const cap = reached.result === result ? reached.cap : step;
  const filling = all.length > cap;
  useEffect(() => {
    if (!filling) return;
    // After the next frame has laid out and painted the rows so far.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setReached({ result, cap: cap + step }), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [filling, cap, step, result]);
  const items = filling ? all.slice(0, cap) : all;
  const padTop = items[0]?.start ?? 0;
  const padBottom = Math.max(0, virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0));
  const words: Record<CellWord, string> = {
    allow: t('cell.allow'),
    explicit_deny: t('cell.explicit_deny'),
    implicit_deny: t('cell.implicit_deny'),
    conditional: t('cell.conditional'),
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
    if (word === 'conditional') {
      const keys = cellConditionalKeys(result, r, c).join(', ');
      detail = template(`c:${keys}`, () => ` — ${keys ? t('cell.conditionalKeys', { keys }) : t('cell.conditionalDetail')}`);
    } else if (result.kind === 'actions') {
      const reason = cellReason(result, r, c);
      detail = reason ? template(`r:${reason}`, () => ` — ${t(`reason.${reason}`, { user: USER, action: COLUMN })}`) : '';
    } else {
      const problems = cellProblems(result, r, c);
      const deny = problems.includes('explicitDeny') ? denyDetail?.(r, c) : undefined;
      detail = problems.length === 0 ? '' : ` — ${problems.map((p) => (p === 'explicitDeny' && deny !== undefined ? deny : template(`p:${p}`, () => t(`matrix.problem.${p}`)))).join('; ')}`;
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
      <div className={classes.scroll} ref={scrollRef}>
        <table className={classes.table} aria-label={t('matrix.caption', { rows: rows.length, cols: columnLabels.length })} aria-rowcount={rows.length + 1}>
          <thead>
            <tr aria-rowindex={1}>
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
            {padTop > 0 ? (
              <tr aria-hidden="true" className={classes.spacer} style={{ height: padTop }}>
                <td colSpan={visibleCols.length + 1} />
              </tr>
            ) : null}
            {items.map(({ index }) => {
              const r = rows[index]!;
              return (
                <tr key={r} aria-rowindex={index + 2}>
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
              );
            })}
            {padBottom > 0 ? (
              <tr aria-hidden="true" className={classes.spacer} style={{ height: padBottom }}>
                <td colSpan={visibleCols.length + 1} />
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      {colPages > 1 ? (
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
          ) : null}
        </Group>
      ) : null}
    </>
  );
});
