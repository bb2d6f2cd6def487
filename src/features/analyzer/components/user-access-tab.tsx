/**
 * User access: what one user can do in a region and workspace — every ModelArts function
 * (checkScenarioDecisions) and every catalog action (evaluateAccessDecisions), on the matrix's bulk
 * path in the analyzer's worker. Each verdict opens its check. The query lives in the URL.
 */
import { Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIONS, SCENARIOS, type Snapshot } from '@/iam';
import { useDenyDetail } from '../hooks/use-deny-detail';
import { useMatrixWorker, type MatrixRun } from '../hooks/use-matrix-worker';
import { useTabParams } from '../hooks/use-tab-params';
import type { QueryDefaults } from '../lib/check-query';
import { findUser } from '../lib/fix-audience';
import type { MatrixResult } from '../lib/matrix-compute';
import { cellConditionalKeys, cellProblems, cellReason, cellWord, type CellWord } from '../lib/matrix-view';
import { ReverseStatus } from './reverse-status';
import { TargetFields } from './target-fields';
import { UserSelect } from './user-select';
import { VerdictList, type VerdictRow } from './verdict-list';

type ActionFilter = 'allowed' | 'conditional' | 'denied' | 'all';

/** Which filter a verdict word passes (besides all). */
const filterOf = (word: CellWord): ActionFilter => (word === 'allow' ? 'allowed' : word === 'conditional' ? 'conditional' : 'denied');
const SCENARIO_IDS = SCENARIOS.map((s) => s.id);
const ACTION_IDS = ACTIONS.map((a) => a.action);

export function UserAccessTab({ snapshot, defaults }: { snapshot: Snapshot; defaults: QueryDefaults }) {
  const { t, i18n } = useTranslation('analyzer');
  const zh = i18n.language.startsWith('zh');
  const [params, setParam] = useTabParams('user');
  const [filter, setFilter] = useState<ActionFilter>('allowed');
  const userName = params.get('user');
  const user = userName ? findUser(snapshot, userName) : undefined;
  const projectId = params.get('region') || defaults.projectId;
  const workspaceId = params.get('ws') || defaults.workspaceId;
  const functions = useMatrixWorker(snapshot);
  const actions = useMatrixWorker(snapshot);
  const { start: startFunctions } = functions;
  const { start: startActions } = actions;

  useEffect(() => {
    if (!user) return;
    startFunctions({ users: [user.id], kind: 'scenarios', columns: SCENARIO_IDS, projectId, workspaceId });
    startActions({ users: [user.id], kind: 'actions', columns: ACTION_IDS, projectId, workspaceId });
  }, [user, projectId, workspaceId, startFunctions, startActions]);

  const current = (run: MatrixRun) => (run.status === 'done' && run.job.users[0] === user?.id && run.job.projectId === projectId && run.job.workspaceId === workspaceId ? run : null);
  const f = current(functions.run);
  const a = current(actions.run);
  const denyDetail = useDenyDetail(snapshot, f?.job ?? null);
  const href = (tab: 'scenario' | 'check', key: string, value: string) => {
    const next = new URLSearchParams({ tab, user: user?.name ?? '', [key]: value, region: projectId, ws: workspaceId });
    const ws = params.get('workspace');
    if (ws) next.set('workspace', ws);
    return `?${next.toString()}`;
  };

  /** A Conditional cell's detail: the keys it depends on. */
  const conditionalDetail = (result: MatrixResult, c: number): string | undefined => {
    if (cellWord(result, 0, c) !== 'conditional') return undefined;
    const keys = cellConditionalKeys(result, 0, c);
    return keys.length > 0 ? t('cell.conditionalKeys', { keys: keys.join(', ') }) : t('cell.conditionalDetail');
  };

  const functionRows = useMemo<VerdictRow[]>(() => {
    if (!f) return [];
    return SCENARIOS.map((s, c) => ({
      key: s.id,
      label: zh ? s.nameZh : s.name,
      word: cellWord(f.result, 0, c),
      href: href('scenario', 'scenario', s.id),
      detail: conditionalDetail(f.result, c) ?? cellProblems(f.result, 0, c).map((p) => (p === 'explicitDeny' ? denyDetail?.(0, c) : undefined) ?? t(`matrix.problem.${p}`)).join('; '),
    }));
  }, [f, zh, t, denyDetail]); // eslint-disable-line react-hooks/exhaustive-deps
  const actionRows = useMemo<VerdictRow[]>(() => {
    if (!a || !user) return [];
    return ACTION_IDS.flatMap((action, c) => {
      const word = cellWord(a.result, 0, c);
      if (filter !== 'all' && filterOf(word) !== filter) return [];
      const reason = cellReason(a.result, 0, c);
      return [{ key: action, label: action, code: true, word, href: href('check', 'actions', action), detail: conditionalDetail(a.result, c) ?? (reason ? t(`reason.${reason}`, { user: user.name, action }) : '') }];
    });
  }, [a, user, filter, t]); // eslint-disable-line react-hooks/exhaustive-deps

  const allowed = a ? ACTION_IDS.filter((_, c) => cellWord(a.result, 0, c) === 'allow').length : 0;
  const ready = f ? SCENARIO_IDS.filter((_, c) => cellWord(f.result, 0, c) === 'ready').length : 0;

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          <Group gap="sm" align="flex-end" wrap="wrap">
            <UserSelect snapshot={snapshot} value={user?.name ?? null} onChange={(v) => setParam({ user: v })} />
            <TargetFields snapshot={snapshot} projectId={projectId} workspaceId={workspaceId} onProjectChange={(v) => setParam({ region: v })} onWorkspaceChange={(v) => setParam({ ws: v })} />
          </Group>
          {userName && !user ? (
            <Text size="sm" c="red.8" role="alert">
              {t('scenario.unknownUser', { user: userName })}
            </Text>
          ) : null}
          {user ? null : (
            <Text size="sm" c="dimmed">
              {t('userAccess.choose')}
            </Text>
          )}
          <ReverseStatus run={functions.run} onCancel={functions.cancel} />
          <ReverseStatus run={actions.run} onCancel={actions.cancel} />
        </Stack>
      </Paper>
      {f && a && user ? (
        <Stack gap="md" component="section" aria-label={t('userAccess.resultLabel')}>
          <Text size="sm" c="dimmed" role="status" data-testid="reverse-timing" data-worker-ms={(f.workerMs + a.workerMs).toFixed(1)}>
            {t('reverse.timing', { ms: Math.round(f.workerMs + a.workerMs) })}
          </Text>
          <Title order={2} size="h4">
            {t('userAccess.functions')}
          </Title>
          <VerdictList rows={functionRows} nameHeader={t('userAccess.function')} caption={t('userAccess.functionsSummary', { user: user.name, count: ready, total: SCENARIOS.length })} />
          <Group justify="space-between" align="flex-end" wrap="wrap">
            <Title order={2} size="h4">
              {t('userAccess.actions')}
            </Title>
            <SegmentedControl
              aria-label={t('userAccess.show')}
              value={filter}
              onChange={(v) => setFilter(v as ActionFilter)}
              data={[
                { value: 'allowed', label: t('userAccess.allowed') },
                { value: 'conditional', label: t('userAccess.conditional') },
                { value: 'denied', label: t('userAccess.denied') },
                { value: 'all', label: t('userAccess.all') },
              ]}
            />
          </Group>
          <VerdictList rows={actionRows} nameHeader={t('userAccess.action')} caption={t('userAccess.actionsSummary', { user: user.name, count: allowed, total: ACTION_IDS.length })} />
        </Stack>
      ) : null}
    </Stack>
  );
}
