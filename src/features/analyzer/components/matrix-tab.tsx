/**
 * Access matrix: users (rows, optionally one group's, up to the whole organisation) × scenarios or
 * chosen actions (columns), computed in Web Workers with progress and Cancel, the rows streamed
 * into a virtualised table; filter by verdict, export CSV, each cell opens its check.
 */
import { Alert, Button, Group, NumberInput, Paper, Progress, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { IconPlayerPlay, IconPlayerStop } from '@tabler/icons-react';
import { startTransition, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SCENARIOS, type Snapshot } from '@/iam';
import { useTabParams } from '../hooks/use-tab-params';
import { useDenyDetail } from '../hooks/use-deny-detail';
import { useMatrixWorker } from '../hooks/use-matrix-worker';
import { readActions, type QueryDefaults } from '../lib/check-query';
import type { MatrixColumnKind } from '../lib/matrix-compute';
import type { MatrixJobMeta } from '../lib/matrix.worker';
import { ActionPicker } from './action-picker';
import { MatrixResult } from './matrix-result';
import { TargetFields } from './target-fields';

const DEFAULT_LIMIT = 1000;
const ALL_USERS = '';

export function MatrixTab({ snapshot, defaults }: { snapshot: Snapshot; defaults: QueryDefaults }) {
  const { t } = useTranslation('analyzer');
  const [params, setParam] = useTabParams('matrix', { replace: true });
  const kind: MatrixColumnKind = params.get('cols') === 'actions' ? 'actions' : 'scenarios';
  const [actions, setActions] = useState<string[]>(() => readActions(params.get('mactions')));
  const [group, setGroup] = useState<string>(params.get('group') ?? ALL_USERS);
  const [limit, setLimit] = useState<number | string>(() => Number(params.get('limit')) || DEFAULT_LIMIT);
  const [projectId, setProjectId] = useState(params.get('region') || defaults.projectId);
  const [workspaceId, setWorkspaceId] = useState(params.get('ws') || defaults.workspaceId);
  const [attempted, setAttempted] = useState(false);
  const { run, start, cancel } = useMatrixWorker(snapshot);
  const denyDetail = useDenyDetail(snapshot, run.status === 'running' || run.status === 'done' ? run.job : null);


  const sortedUsers = useMemo(() => [...snapshot.users].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)), [snapshot.users]);
  const limitNumber = typeof limit === 'number' ? limit : Number(limit);
  const limitError = !Number.isInteger(limitNumber) || limitNumber < 1 || limitNumber > 10_000 ? t('matrix.limitInvalid') : null;
  const actionsError = kind === 'actions' && actions.length === 0 ? t('check.actionsRequired') : null;

  const compute = () => {
    setAttempted(true);
    if (limitError || actionsError) return;
    const users = (group === ALL_USERS ? sortedUsers : sortedUsers.filter((u) => u.groups.includes(group))).slice(0, limitNumber);
    const columns = kind === 'scenarios' ? SCENARIOS.map((s) => s.id) : actions;
    start({ users: users.map((u) => u.id), kind, columns, projectId, workspaceId });
    // The URL renders as a transition: the click itself only posts the job.
    startTransition(() =>
      setParam({ mactions: kind === 'actions' ? actions.join(',') : null, group: group || null, limit: String(limitNumber), region: projectId, ws: workspaceId }),
    );
  };

  const names = useMemo(() => new Map(snapshot.users.map((u) => [u.id, u.name])), [snapshot.users]);

  const cellHref = (job: MatrixJobMeta, userName: string, c: number) => {
    const next = new URLSearchParams();
    const ws = params.get('workspace');
    if (ws) next.set('workspace', ws);
    next.set('user', userName);
    next.set('region', job.projectId);
    next.set('ws', job.workspaceId);
    const column = job.columns[c] ?? '';
    if (job.kind === 'scenarios') {
      next.set('tab', 'scenario');
      next.set('scenario', column);
    } else {
      next.set('tab', 'check');
      next.set('actions', column);
    }
    return `?${next.toString()}`;
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

      {run.status === 'running' || run.status === 'done' ? <MatrixResult run={run} names={names} cellHref={cellHref} denyDetail={denyDetail} /> : null}
    </Stack>
  );
}
