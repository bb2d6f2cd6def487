/**
 * Scenario readiness: user × ModelArts function (docs/policy-semantics.md §4) in a region and workspace, with
 * optional features → Ready / Not ready, and Generate fix. The query lives in the URL.
 */
import { Checkbox, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkScenario, denyBlockers, findScenario, offerFix, SCENARIO_FEATURES, SCENARIOS, type ScenarioFeature, type ScenarioRequest, type Snapshot } from '@/iam';
import { useTabParams } from '../hooks/use-tab-params';
import type { QueryDefaults } from '../lib/check-query';
import { findUser } from '../lib/fix-audience';
import { FixModal } from './fix-modal';
import { ScenarioResultView } from './scenario-result';
import { TargetFields } from './target-fields';
import { UserSelect } from './user-select';

export function ScenarioTab({ snapshot, defaults, domainId }: { snapshot: Snapshot; defaults: QueryDefaults; domainId: string }) {
  const { t, i18n } = useTranslation('analyzer');
  const zh = i18n.language.startsWith('zh');
  const [params, setParam] = useTabParams('scenario');
  const [fixing, setFixing] = useState(false);
  const userName = params.get('user');
  const scenarioId = params.get('scenario');
  const projectId = params.get('region') || defaults.projectId;
  const workspaceId = params.get('ws') || defaults.workspaceId;
  const features = (params.get('features') ?? '').split(',').filter((f): f is ScenarioFeature => (SCENARIO_FEATURES as readonly string[]).includes(f));

  const scenario = scenarioId ? findScenario(scenarioId) : undefined;
  const scenarioFeatures = useMemo(() => [...new Set((scenario?.rows ?? []).flatMap((r) => (r.feature ? [r.feature] : [])))], [scenario]);
  const user = userName ? findUser(snapshot, userName) : undefined;
  const featureKey = params.get('features');
  const request = useMemo<ScenarioRequest | null>(
    () => (user && scenario ? { user: user.id, scenario: scenario.id, projectId, workspaceId, features } : null),
    // features is derived from the URL string.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [user, scenario, projectId, workspaceId, featureKey],
  );
  const result = useMemo(() => (request ? checkScenario(snapshot, request) : null), [snapshot, request]);
  // A fix is offered only when, simulated on a copy of the organisation, it makes the user ready
  // whatever the context (for a user ready only on a condition: the grant without the condition).
  const proof = useMemo(() => (request && result ? offerFix(snapshot, request, result) : null), [snapshot, request, result]);
  const blockers = useMemo(() => (request && result ? denyBlockers(snapshot, request, result) : []), [snapshot, request, result]);
  const scenarioName = (id: string) => {
    const s = findScenario(id);
    return s ? (zh ? s.nameZh : s.name) : id;
  };

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          <Group gap="sm" align="flex-end" wrap="wrap">
            <UserSelect snapshot={snapshot} value={user?.name ?? null} onChange={(v) => setParam({ user: v })} />
            <Select
              label={t('field.scenario')}
              placeholder={t('field.scenarioPlaceholder')}
              data={SCENARIOS.map((s) => ({ value: s.id, label: zh ? s.nameZh : s.name }))}
              value={scenario?.id ?? null}
              onChange={(v) => setParam({ scenario: v, features: null })}
              searchable
              required
              nothingFoundMessage={t('field.noScenario')}
              w={{ base: '100%', sm: 320 }}
            />
            <TargetFields
              snapshot={snapshot}
              projectId={projectId}
              workspaceId={workspaceId}
              onProjectChange={(v) => setParam({ region: v })}
              onWorkspaceChange={(v) => setParam({ ws: v })}
            />
          </Group>
          {scenarioFeatures.length > 0 ? (
            <Checkbox.Group label={t('field.features')} description={t('field.featuresHelp')} value={features} onChange={(v) => setParam({ features: v.join(',') || null })}>
              <Group gap="lg" mt={4}>
                {scenarioFeatures.map((f) => (
                  <Checkbox key={f} value={f} label={t(`feature.${f}`)} />
                ))}
              </Group>
            </Checkbox.Group>
          ) : null}
          {userName && !user ? (
            <Text size="sm" c="red.8" role="alert">
              {t('scenario.unknownUser', { user: userName })}
            </Text>
          ) : null}
          {!user || !scenario ? (
            <Text size="sm" c="dimmed">
              {t('scenario.choose')}
            </Text>
          ) : null}
        </Stack>
      </Paper>
      {result && user && scenario ? (
        <ScenarioResultView
          snapshot={snapshot}
          user={user}
          scenarioName={scenarioName(scenario.id)}
          projectId={projectId}
          workspaceId={workspaceId}
          result={result}
          fixOffered={proof?.offered === true}
          fixResult={proof?.result ?? result}
          afterFix={proof?.after ?? null}
          withoutCondition={proof?.withoutCondition === true}
          valuesDecide={proof?.valuesDecide === true}
          conditionalFix={proof?.conditional}
          blockers={blockers}
          onGenerateFix={() => setFixing(true)}
        />
      ) : null}
      {fixing && proof && request && user && scenario ? (
        <FixModal
          snapshot={snapshot}
          user={user}
          scenarioId={scenario.id}
          result={proof.result}
          conditionKeys={proof.withoutCondition ? proof.conditional?.keys : undefined}
          request={request}
          target={{ projectId, domainId, workspaceId }}
          onClose={() => setFixing(false)}
        />
      ) : null}
    </Stack>
  );
}
