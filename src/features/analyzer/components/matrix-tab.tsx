/**
 * Access matrix: users (rows, optionally one group's) × scenarios or chosen actions (columns),
 * computed in a Web Worker with progress and Cancel; filter by verdict, export CSV, each cell
 * opens its check.
 */
import { Alert, Button, Group, NumberInput, Paper, Progress, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { IconDownload, IconPlayerPlay, IconPlayerStop } from '@tabler/icons-react';
import { startTransition, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { findScenario, SCENARIOS, type Snapshot } from '@/iam';
import { useMatrixWorker } from '../hooks/use-matrix-worker';
import { readActions, type QueryDefaults } from '../lib/check-query';
import { trimSnapshot, type MatrixColumnKind } from '../lib/matrix-compute';
import { toCsv } from '../lib/matrix-csv';
import { filterRows, matrixCsvRows, type VerdictFilter } from '../lib/matrix-view';
import { ActionPicker } from './action-picker';
import { MatrixTable } from './matrix-table';
import { TargetFields } from './target-fields';

const DEFAULT_LIMIT = 1000;
const PAGE_SIZE = 20;
const ALL_USERS = '';

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

export function MatrixTab({ snapshot, defaults }: { snapshot: Snapshot; defaults: QueryDefaults }) {
  const { t, i18n } = useTranslation('analyzer');
  const zh = i18n.language.startsWith('zh');
  const [params, setParams] = useSearchParams();
  const kind: MatrixColumnKind = params.get('cols') === 'actions' ? 'actions' : 'scenarios';
  const [actions, setActions] = useState<string[]>(() => readActions(params.get('mactions')));
  const [group, setGroup] = useState<string>(params.get('group') ?? ALL_USERS);
  const [limit, setLimit] = useState<number | string>(() => Number(params.get('limit')) || DEFAULT_LIMIT);
  const [projectId, setProjectId] = useState(params.get('region') || defaults.projectId);
  const [workspaceId, setWorkspaceId] = useState(params.get('ws') || defaults.workspaceId);
  const [filter, setFilter] = useState<VerdictFilter>('all');
  const [page, setPage] = useState(1);
  const [attempted, setAttempted] = useState(false);
  const { run, start, cancel } = useMatrixWorker();

  const setParam = (patch: Record<string, string | null>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set('tab', 'matrix');
        for (const [k, v] of Object.entries(patch)) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        return next;
      },
      { replace: true },
    );

  const sortedUsers = useMemo(() => [...snapshot.users].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)), [snapshot.users]);
  const limitNumber = typeof limit === 'number' ? limit : Number(limit);
  const limitError = !Number.isInteger(limitNumber) || limitNumber < 1 || limitNumber > 10_000 ? t('matrix.limitInvalid') : null;
  const actionsError = kind === 'actions' && actions.length === 0 ? t('check.actionsRequired') : null;

  const compute = () => {
    setAttempted(true);
    if (limitError || actionsError) return;
    const users = (group === ALL_USERS ? sortedUsers : sortedUsers.filter((u) => u.groups.includes(group))).slice(0, limitNumber);
    const columns = kind === 'scenarios' ? SCENARIOS.map((s) => s.id) : actions;
    const ids = users.map((u) => u.id);
    start({ snapshot: trimSnapshot(snapshot, ids), users: ids, kind, columns, projectId, workspaceId });
    // The URL and the page reset render as a transition: the click itself only posts the job.
    startTransition(() => {
      setParam({ mactions: kind === 'actions' ? actions.join(',') : null, group: group || null, limit: String(limitNumber), region: projectId, ws: workspaceId });
      setPage(1);
    });
  };

  const done = run.status === 'done' ? run : null;
  const userNames = useMemo(() => {
    if (!done) return [];
    const byId = new Map(snapshot.users.map((u) => [u.id, u.name]));
    return done.job.users.map((id) => byId.get(id) ?? id);
  }, [done, snapshot.users]);
  const columnLabels = useMemo(() => (done ? done.job.columns.map((c) => (done.job.kind === 'scenarios' ? ((zh ? findScenario(c)?.nameZh : findScenario(c)?.name) ?? c) : c)) : []), [done, zh]);
  const rows = useMemo(() => (done ? filterRows(done.result, filter) : []), [done, filter]);

  const cellHref = (r: number, c: number) => {
    if (!done) return '';
    const next = new URLSearchParams();
    const ws = params.get('workspace');
    if (ws) next.set('workspace', ws);
    next.set('user', userNames[r] ?? '');
    next.set('region', done.job.projectId);
    next.set('ws', done.job.workspaceId);
    const column = done.job.columns[c] ?? '';
    if (done.job.kind === 'scenarios') {
      next.set('tab', 'scenario');
      next.set('scenario', column);
    } else {
      next.set('tab', 'check');
      next.set('actions', column);
    }
    return `?${next.toString()}`;
  };

  const exportCsv = () => {
    if (!done) return;
    const header = [t('matrix.user'), ...done.job.columns];
    download('access-matrix.csv', toCsv(header, matrixCsvRows(done.result, rows, userNames, (w) => t(`cell.${w}`))));
  };

  const groupData = useMemo(
    () => [{ value: ALL_USERS, label: t('matrix.allUsers') }, ...[...snapshot.groups].sort((a, b) => (a.name < b.name ? -1 : 1)).map((g) => ({ value: g.id, label: g.name }))],
    [snapshot.groups, t],
  );

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          <SegmentedControl
            aria-label={t('matrix.columns')}
            value={kind}
            onChange={(v) => setParam({ cols: v === 'actions' ? 'actions' : null })}
            data={[
              { value: 'scenarios', label: t('matrix.byScenario') },
              { value: 'actions', label: t('matrix.byAction') },
            ]}
            w="fit-content"
          />
          {kind === 'actions' ? <ActionPicker value={actions} onChange={setActions} error={attempted ? actionsError : null} /> : null}
          <Group gap="sm" align="flex-end" wrap="wrap">
            <Select
              label={t('matrix.group')}
              data={groupData}
              value={group}
              onChange={(v) => setGroup(v ?? ALL_USERS)}
              searchable
              allowDeselect={false}
              limit={200}
              w={{ base: '100%', sm: 220 }}
            />
            <NumberInput label={t('matrix.limit')} value={limit} onChange={setLimit} min={1} max={10_000} allowDecimal={false} error={attempted ? limitError : null} w={{ base: '100%', sm: 160 }} />
            <TargetFields snapshot={snapshot} projectId={projectId} workspaceId={workspaceId} onProjectChange={setProjectId} onWorkspaceChange={setWorkspaceId} />
          </Group>
          <Group>
            <Button leftSection={<IconPlayerPlay size={16} aria-hidden />} onClick={compute} loading={run.status === 'running'}>
              {t('matrix.compute')}
            </Button>
            {run.status === 'running' ? (
              <Button variant="default" leftSection={<IconPlayerStop size={16} aria-hidden />} onClick={cancel}>
                {t('matrix.cancel')}
              </Button>
            ) : null}
          </Group>
          {run.status === 'running' ? (
            <Stack gap={4}>
              <Progress value={run.total === 0 ? 0 : (run.done / run.total) * 100} aria-label={t('matrix.progressLabel')} size="lg" />
              <Text size="sm" aria-live="polite">
                {t('matrix.progress', { done: run.done, total: run.total })}
              </Text>
            </Stack>
          ) : null}
          {run.status === 'cancelled' ? (
            <Text size="sm" role="status">
              {t('matrix.cancelled')}
            </Text>
          ) : null}
          {run.status === 'error' ? (
            <Alert color="red" variant="light" title={t('matrix.failed')} role="alert">
              <Text size="sm">{run.message}</Text>
            </Alert>
          ) : null}
        </Stack>
      </Paper>

      {done ? (
        <Stack gap="sm" component="section" aria-label={t('matrix.resultLabel')}>
          <Group justify="space-between" wrap="wrap">
            <Text size="sm" role="status" data-worker-ms={done.workerMs.toFixed(1)} data-rows={done.result.rows} data-cols={done.result.cols} data-testid="matrix-timing">
              {t('matrix.timing', { rows: done.result.rows, cols: done.result.cols, cells: done.result.rows * done.result.cols, ms: Math.round(done.workerMs) })}
            </Text>
            <Group gap="sm" align="flex-end">
              <Select
                label={t('matrix.verdictFilter')}
                data={[
                  { value: 'all', label: t('matrix.filterAll') },
                  { value: 'denied', label: t(done.job.kind === 'scenarios' ? 'matrix.filterNotReady' : 'matrix.filterDenied') },
                  { value: 'allowed', label: t(done.job.kind === 'scenarios' ? 'matrix.filterReady' : 'matrix.filterAllowed') },
                ]}
                value={filter}
                onChange={(v) => {
                  setFilter((v as VerdictFilter | null) ?? 'all');
                  setPage(1);
                }}
                allowDeselect={false}
                w={220}
              />
              <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} onClick={exportCsv}>
                {t('matrix.export')}
              </Button>
            </Group>
          </Group>
          <MatrixTable result={done.result} rows={rows} userNames={userNames} columnLabels={columnLabels} cellHref={cellHref} page={page} pageSize={PAGE_SIZE} onPageChange={setPage} />
        </Stack>
      ) : null}
    </Stack>
  );
}
