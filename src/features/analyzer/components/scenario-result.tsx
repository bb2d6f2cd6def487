/** A scenario verdict: Ready / Not ready, blockers in words, missing permissions with sources, Deny policies. */
import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconHelpHexagon, IconLock, IconTool, IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DenyBlocker, ScenarioResult, Snapshot, SnapshotUser } from '@/iam';
import { ConditionalRemedy } from './conditional-remedy';
import { DenyRemedies } from './deny-remedies';
import { FixNotOffered } from './fix-not-offered';
import { MissingTable } from './missing-table';
import { IncompleteDataBadge } from './incomplete-data';
import { ReadinessBadge, type Readiness } from './verdict-badge';
import { paths } from '@/components/navigation/paths';

export interface ScenarioResultViewProps {
  snapshot: Snapshot;
  user: SnapshotUser;
  scenarioName: string;
  projectId: string;
  workspaceId: string;
  result: ScenarioResult;
  /** The fix, simulated on a copy of the organisation, makes the user ready. */
  fixOffered: boolean;
  /** The result whose fix is offered (offerFix: `result`, or its grant without the condition). */
  fixResult: ScenarioResult;
  /** The offered fix grants permissions that were only Conditional without the condition. */
  withoutCondition: boolean;
  /** No grant settles the condition: the values the requests carry decide. */
  valuesDecide: boolean;
  /** With either: those permissions and the context keys (OfferedFix.conditional). */
  conditionalFix?: { actions: string[]; keys: string[] } | undefined;
  /** The scenario result once the fix is applied (why it is not offered). */
  afterFix: ScenarioResult | null;
  blockers: DenyBlocker[];
  onGenerateFix: () => void;
}

export function ScenarioResultView(props: ScenarioResultViewProps) {
  const { snapshot, user, scenarioName, projectId, workspaceId, result, fixOffered, fixResult, afterFix, withoutCondition, valuesDecide, conditionalFix, blockers, onGenerateFix } = props;
  const { t } = useTranslation('analyzer');
  const workspace = snapshot.workspaces.find((w) => w.id === workspaceId);
  const strictMissing = result.user.missing.filter((a) => result.user.layers?.[a] === 'strict_mode');
  const fixable = fixResult.fix.userPolicies.length + fixResult.fix.agencyPolicies.length > 0;
  const conditional = result.user.conditional ?? [];
  const readiness: Readiness = !result.ready ? 'notReady' : conditional.length > 0 ? 'conditional' : 'ready';
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={t('scenario.resultLabel')}>
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4">
            {t('scenario.resultTitle', { user: user.name, scenario: scenarioName })}
          </Title>
          <Group gap="xs">
            <IncompleteDataBadge />
            <ReadinessBadge readiness={readiness} />
          </Group>
        </Group>
        {readiness === 'ready' ? <Text size="sm">{t('scenario.readyBody', { user: user.name })}</Text> : null}
        {conditional.length > 0 ? (
          <Alert color="yellow" variant="light" icon={<IconHelpHexagon size={20} aria-hidden />} title={t('conditional.title')}>
            <Text size="sm">
              {t('scenario.conditional', { user: user.name, count: conditional.length, actions: conditional.join(', '), keys: (result.user.conditionalKeys ?? []).join(', ') })}
              {readiness === 'conditional' ? ` ${t('scenario.conditionalReadyNote', { user: user.name })}` : null}
            </Text>
          </Alert>
        ) : null}

        {result.blockers.includes('workspace_not_authorized') ? (
          <Alert color="red" variant="light" icon={<IconLock size={20} aria-hidden />} title={t('blocker.workspaceTitle')}>
            <Text size="sm">
              {workspace
                ? t(workspace.authType === 'PRIVATE' ? 'blocker.workspacePrivate' : 'blocker.workspaceInternal', { workspace: workspace.name, user: user.name })
                : t('blocker.workspaceMissing', { workspace: workspaceId })}
            </Text>
          </Alert>
        ) : null}
        {result.blockers.includes('no_agency') ? (
          <Alert color="red" variant="light" icon={<IconUserOff size={20} aria-hidden />} title={t('blocker.noAgencyTitle')}>
            <Text size="sm">
              {t('blocker.noAgency', { user: user.name })}{' '}
              <Anchor component={Link} to={{ pathname: paths.globalConfig, search: `?addAuthorizationFor=${encodeURIComponent(user.id)}&userName=${encodeURIComponent(user.name)}` }}>
                {t('blocker.addAuthorizationFor', { user: user.name })}
              </Anchor>
            </Text>
          </Alert>
        ) : null}
        {strictMissing.length > 0 ? (
          <Alert color="orange" variant="light" icon={<IconLock size={20} aria-hidden />} title={t('blocker.strictTitle')}>
            <Text size="sm">{t('blocker.strict', { user: user.name, count: strictMissing.length })}</Text>
          </Alert>
        ) : null}
        <DenyRemedies snapshot={snapshot} user={user} scenarioName={scenarioName} blockers={blockers} target={{ projectId, workspaceId }} />

        {result.user.missing.length > 0 ? (
          <Stack gap={4}>
            <Title order={3} size="h5">
              {t('scenario.userMissing', { count: result.user.missing.length })}
            </Title>
            <MissingTable actions={result.user.missing} sources={result.sources} layers={result.user.layers} caption={t('scenario.userMissingCaption', { user: user.name })} />
          </Stack>
        ) : null}
        {result.agency.missing.length > 0 ? (
          <Stack gap={4}>
            <Title order={3} size="h5">
              {result.agency.name
                ? t('scenario.agencyMissing', { count: result.agency.missing.length, agency: result.agency.name })
                : t('scenario.agencyMissingNone', { count: result.agency.missing.length })}
            </Title>
            <MissingTable actions={result.agency.missing} sources={result.sources} caption={t('scenario.agencyMissingCaption')} />
          </Stack>
        ) : null}

        {conditionalFix ? (
          <ConditionalRemedy user={user.name} {...conditionalFix} projectId={projectId} workspaceId={workspaceId} withoutCondition={fixOffered && withoutCondition} valuesDecide={valuesDecide} />
        ) : null}
        {fixable && fixOffered ? (
          <Group>
            <Button leftSection={<IconTool size={16} aria-hidden />} onClick={onGenerateFix}>
              {t('scenario.generateFix')}
            </Button>
          </Group>
        ) : null}
        {fixable && !fixOffered && afterFix ? <FixNotOffered user={user.name} after={afterFix} /> : null}
      </Stack>
    </Paper>
  );
}
