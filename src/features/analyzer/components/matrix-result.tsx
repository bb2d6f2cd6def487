/**
 * The matrix's result: while the workers compute, the rows computed so far (streamed); when done,
 * the timing, a verdict filter and CSV export over the whole result.
 */
import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findScenario } from '@/iam';
import type { MatrixRun } from '../hooks/use-matrix-worker';
import { toCsv } from '../lib/matrix-csv';
import { filterRows, matrixCsvRows, type CellWord, type VerdictFilter } from '../lib/matrix-view';
import type { MatrixJobMeta } from '../lib/matrix.worker';
import { MatrixTable } from './matrix-table';

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export interface MatrixResultProps {
  run: Extract<MatrixRun, { status: 'running' | 'done' }>;
  /** user id → name */
  names: ReadonlyMap<string, string>;
  /** The link of a cell (its check). */
  cellHref: (job: MatrixJobMeta, userName: string, col: number) => string;
  /** Scenario cells: the Deny statement behind an explicit Deny (MatrixTable). */
  denyDetail?: ((row: number, col: number) => string | undefined) | undefined;
}

export function MatrixResult({ run, names, cellHref, denyDetail }: MatrixResultProps) {
  const { t, i18n } = useTranslation('analyzer');
  const zh = i18n.language.startsWith('zh');
  const [filter, setFilter] = useState<VerdictFilter>('all');
  const { job } = run;
  const done = run.status === 'done' ? run : null;
  const result = done ? done.result : run.status === 'running' ? run.partial : null;
  const ready = run.status === 'running' ? run.ready : null;
  const progress = run.status === 'running' ? run.done : -1;
  const userNames = useMemo(() => job.users.map((id) => names.get(id) ?? id), [job, names]);
  const columnLabels = useMemo(
    () => job.columns.map((c) => (job.kind === 'scenarios' ? ((zh ? findScenario(c)?.nameZh : findScenario(c)?.name) ?? c) : c)),
    [job, zh],
  );
  const rows = useMemo(() => {
    if (done) return filterRows(done.result, filter);
    const out: number[] = [];
    if (ready) for (let r = 0; r < ready.length; r++) if (ready[r] === 1) out.push(r);
    return out;
    // `progress` changes as rows stream in (the arrays are filled in place).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [done, filter, ready, progress]);
  if (!result) return null;

  const exportCsv = () => {
    if (!done) return;
    const header = [t('matrix.user'), ...job.columns];
    const word = (w: CellWord, keys: readonly string[]) => (keys.length > 0 ? t('cell.conditionalCsv', { verdict: t(`cell.${w}`), keys: keys.join(', ') }) : t(`cell.${w}`));
    download('access-matrix.csv', toCsv(header, matrixCsvRows(done.result, rows, userNames, word)));
  };
  const href = (r: number, c: number) => cellHref(job, userNames[r] ?? '', c);

  return (
    <Stack gap="sm" component="section" aria-label={t('matrix.resultLabel')}>
      {done ? (
        <Group justify="space-between" wrap="wrap">
          <Text size="sm" role="status" data-worker-ms={done.workerMs.toFixed(1)} data-rows={done.result.rows} data-cols={done.result.cols} data-testid="matrix-timing">
            {t('matrix.timing', { rows: done.result.rows, cols: done.result.cols, cells: done.result.rows * done.result.cols, ms: Math.round(done.workerMs) })}
          </Text>
          <Group gap="sm" align="flex-end">
            <Select
              label={t('matrix.verdictFilter')}
              data={[
                { value: 'all', label: t('matrix.filterAll') },
                { value: 'denied', label: t(job.kind === 'scenarios' ? 'matrix.filterNotReady' : 'matrix.filterDenied') },
                { value: 'conditional', label: t('matrix.filterConditional') },
                { value: 'allowed', label: t(job.kind === 'scenarios' ? 'matrix.filterReady' : 'matrix.filterAllowed') },
              ]}
              value={filter}
              onChange={(v) => setFilter((v as VerdictFilter | null) ?? 'all')}
              allowDeselect={false}
              w={220}
            />
            <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} onClick={exportCsv}>
              {t('matrix.export')}
            </Button>
          </Group>
        </Group>
      ) : null}
      <MatrixTable result={result} rows={rows} userNames={userNames} columnLabels={columnLabels} cellHref={href} denyDetail={denyDetail} />
    </Stack>
  );
}
