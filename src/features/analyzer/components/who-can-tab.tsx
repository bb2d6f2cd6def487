/**
 * Who can use: every user of the organisation × one ModelArts function in a region and workspace,
 * on the matrix's bulk path (checkScenarioDecisions in the analyzer's worker) → who can use it and
 * who cannot, each row opening the user's scenario check. The query lives in the URL.
 */
import { Group, Paper, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findScenario, SCENARIOS, type Snapshot } from '@/iam';
import { useTabParams } from '../hooks/use-tab-params';
import { useDenyDetail } from '../hooks/use-deny-detail';
import { useMatrixWorker } from '../hooks/use-matrix-worker';
import type { QueryDefaults } from '../lib/check-query';
import { filterRows, type VerdictFilter } from '../lib/matrix-view';
import { MatrixTable } from './matrix-table';
import { ReverseStatus } from './reverse-status';
import { TargetFields } from './target-fields';

export function WhoCanTab({ snapshot, defaults }: { snapshot: Snapshot; defaults: QueryDefaults }) {
  const { t, i18n } = useTranslation('analyzer');
  const zh = i18n.language.startsWith('zh');
  const [params, setParam] = useTabParams('who');
  const [filter, setFilter] = useState<VerdictFilter>('allowed');
  const scenario = findScenario(params.get('scenario') ?? '');
  const projectId = params.get('region') || defaults.projectId;
  const workspaceId = params.get('ws') || defaults.workspaceId;
  const { run, start, cancel } = useMatrixWorker(snapshot);

  const users = useMemo(() => [...snapshot.users].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)), [snapshot.users]);
  const userNames = useMemo(() => users.map((u) => u.name), [users]);
  useEffect(() => {
    if (scenario) start({ users: users.map((u) => u.id), kind: 'scenarios', columns: [scenario.id], projectId, workspaceId });
  }, [scenario, users, projectId, workspaceId, start]);

  const done = run.status === 'done' && run.job.columns[0] === scenario?.id && run.job.projectId === projectId && run.job.workspaceId === workspaceId ? run : null;
  const rows = useMemo(() => (done ? filterRows(done.result, filter) : []), [done, filter]);
  const denyDetail = useDenyDetail(snapshot, done?.job ?? null);
  const canUse = useMemo(() => (done ? filterRows(done.result, 'allowed').length : 0), [done]);
  const conditional = useMemo(() => (done ? filterRows(done.result, 'conditional').length : 0), [done]);
  const functionName = scenario ? (zh ? scenario.nameZh : scenario.name) : '';
  const workspaceName = snapshot.workspaces.find((w) => w.id === workspaceId)?.name ?? workspaceId;
  const regionName = snapshot.projects.find((p) => p.id === projectId)?.name ?? projectId;

  const cellHref = (r: number) => {
    const next = new URLSearchParams({ tab: 'scenario', user: userNames[r] ?? '', scenario: scenario?.id ?? '', region: projectId, ws: workspaceId });
    const ws = params.get('workspace');
    if (ws) next.set('workspace', ws);
    return `?${next.toString()}`;
  };

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          <Group gap="sm" align="flex-end" wrap="wrap">
            <Select
              label={t('field.scenario')}
              placeholder={t('field.scenarioPlaceholder')}
              data={SCENARIOS.map((s) => ({ value: s.id, label: zh ? s.nameZh : s.name }))}
              value={scenario?.id ?? null}
              onChange={(v) => setParam({ scenario: v })}
              searchable
              required
              nothingFoundMessage={t('field.noScenario')}
              w={{ base: '100%', sm: 320 }}
            />
            <TargetFields snapshot={snapshot} projectId={projectId} workspaceId={workspaceId} onProjectChange={(v) => setParam({ region: v })} onWorkspaceChange={(v) => setParam({ ws: v })} />
          </Group>
          {scenario ? null : (
            <Text size="sm" c="dimmed">
              {t('who.choose')}
            </Text>
          )}
          <ReverseStatus run={run} onCancel={cancel} />
        </Stack>
      </Paper>
      {done && scenario ? (
        <Stack gap="sm" component="section" aria-label={t('who.resultLabel')}>
          <Group justify="space-between" wrap="wrap" align="flex-end">
            <Text size="sm" fw={600} role="status" data-testid="reverse-timing" data-worker-ms={done.workerMs.toFixed(1)}>
              {t('who.summary', { count: canUse, total: done.result.rows, function: functionName, workspace: workspaceName, region: regionName })}{' '}
              {conditional > 0 ? `${t('who.conditionalCount', { count: conditional })} ` : null}
              <Text span size="sm" fw={400} c="dimmed">
                {t('reverse.timing', { ms: Math.round(done.workerMs) })}
              </Text>
            </Text>
            <SegmentedControl
              aria-label={t('who.show')}
              value={filter}
              onChange={(v) => setFilter(v as VerdictFilter)}
              data={[
                { value: 'allowed', label: t('who.canUse') },
                { value: 'conditional', label: t('who.conditional') },
                { value: 'denied', label: t('who.cannotUse') },
                { value: 'all', label: t('who.all') },
              ]}
            />
          </Group>
          <MatrixTable result={done.result} rows={rows} userNames={userNames} columnLabels={[functionName]} cellHref={cellHref} denyDetail={denyDetail} />
        </Stack>
      ) : null}
    </Stack>
  );
}
