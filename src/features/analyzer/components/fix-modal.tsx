/**
 * Generate fix: the least-privilege policies of a scenario result, named by the administrator,
 * saved as custom policies and attached in one confirmed step — user policies to a new group
 * holding only the user (default) or to one of the user's groups, agency policies to the user's
 * agency. Widening a shared group or agency first lists everyone else who gains.
 */
import { Alert, Button, Code, Group, List, Modal, Radio, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createGroupSchema } from '@/api/contracts/iam';
import { ConsequencePreview, ErrorAlert, notifySuccess, useConsequencePreview } from '@/components';
import { ConsequenceSection } from '@/components/consequence/consequence-section';
import { fixMutation, proveFix, type ScenarioRequest, type ScenarioResult, type Snapshot, type SnapshotUser } from '@/iam';
import { useApplyFix } from '../hooks/use-apply-fix';
import { agencyAudience, agencyIdByName, otherGroupMembers } from '../lib/fix-audience';
import { toChangePlan } from '../lib/change-plan';
import { defaultGroupName, defaultPolicyName, planFix, type FixPolicyDraft, type GroupTarget } from '../lib/fix-plan';
import { FixExport } from './fix-export';
import { FixProgress, stepLabel } from './fix-progress';
import { FixWidenAlert } from './fix-widen-alert';

export interface FixModalProps {
  snapshot: Snapshot;
  user: SnapshotUser;
  scenarioId: string;
  result: ScenarioResult;
  /** The fix also grants, with no condition, permissions that depended on these context keys (offerFix's withoutCondition). */
  conditionKeys?: readonly string[] | undefined;
  /** The scenario request the result answers (the fix is proved on it). */
  request: ScenarioRequest;
  target: { projectId: string; domainId: string; workspaceId?: string };
  onClose: () => void;
}

const NEW_GROUP = '__new__';

function initialDrafts(result: ScenarioResult, scenarioId: string, userName: string): FixPolicyDraft[] {
  const side = (s: 'user' | 'agency', list: ScenarioResult['fix']['userPolicies']) =>
    list.map((p, i) => ({ key: `${s}-${i}`, side: s, kind: p.kind, document: p.document, name: defaultPolicyName(scenarioId, userName, s, p.kind) }));
  return [...side('user', result.fix.userPolicies), ...side('agency', result.fix.agencyPolicies)];
}

/** The group-name rules of the contract (createGroupSchema), in the console's language. */
const GROUP_ISSUE: Record<string, string> = { too_small: 'fix.groupRequired', too_big: 'fix.groupTooLong', invalid_format: 'fix.groupChars' };

export function FixModal({ snapshot, user, scenarioId, result, conditionKeys, request, target, onClose }: FixModalProps) {
  const { t } = useTranslation('analyzer');
  const [drafts, setDrafts] = useState(() => initialDrafts(result, scenarioId, user.name));
  const [groupChoice, setGroupChoice] = useState<string>(NEW_GROUP);
  const [groupName, setGroupName] = useState(() => defaultGroupName(user.name, scenarioId));
  const [acknowledged, setAcknowledged] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const { apply, status, error, running } = useApplyFix();
  const [started, setStarted] = useState(false);

  const userDrafts = drafts.filter((d) => d.side === 'user');
  const agencyDrafts = drafts.filter((d) => d.side === 'agency');
  const agencyName = result.agency.name;
  const agencyId = agencyName ? agencyIdByName(snapshot, agencyName) ?? null : null;
  const userGroups = snapshot.groups.filter((g) => user.groups.includes(g.id));

  const groupTarget: GroupTarget =
    groupChoice === NEW_GROUP ? { kind: 'new', name: groupName.trim() } : { kind: 'existing', groupId: groupChoice, groupName: userGroups.find((g) => g.id === groupChoice)?.name ?? groupChoice };
  const steps = useMemo(
    () => planFix({ userName: user.name, policies: drafts, group: groupTarget, agencyName: agencyId ? agencyName : null }),
    // groupTarget is derived from groupChoice and groupName.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [drafts, groupChoice, groupName, agencyId, agencyName, user.name],
  );

  // Proved again for the group chosen: the plan is applied only when it makes the user ready.
  const existingGroupId = groupTarget.kind === 'existing' ? groupTarget.groupId : undefined;
  const proved = useMemo(
    () => proveFix(snapshot, request, result, existingGroupId === undefined ? {} : { groupId: existingGroupId }).offered,
    [snapshot, request, result, existingGroupId],
  );

  // Who gains or loses access on the whole organisation (the simulated fix, in the analyzer's region and workspace); Apply waits for it.
  const mutation = useMemo(() => fixMutation(snapshot, request, result, existingGroupId === undefined ? {} : { groupId: existingGroupId }), [snapshot, request, result, existingGroupId]);
  const preview = useConsequencePreview(mutation, { projectId: target.projectId, workspaceId: target.workspaceId });

  const groupMembers = userDrafts.length > 0 && groupTarget.kind === 'existing' ? otherGroupMembers(snapshot, groupTarget.groupId, user.id) : [];
  const audience = agencyDrafts.length > 0 && agencyName && agencyId ? agencyAudience(snapshot, user.id, agencyName) : null;
  const widens = groupMembers.length > 0 || (audience !== null && (audience.allUsers || audience.others.length > 0));

  // Validation: located, nothing typed is lost.
  const existingPolicyNames = new Set(snapshot.policies.map((p) => p.name));
  const nameError = (d: FixPolicyDraft): string | null => {
    const n = d.name.trim();
    if (!n) return t('fix.nameRequired');
    if (n.length > 128) return t('fix.nameTooLong');
    if (existingPolicyNames.has(n)) return t('fix.nameTaken');
    if (drafts.some((o) => o.key !== d.key && o.name.trim() === n)) return t('fix.nameDuplicate');
    return null;
  };
  const groupError = (() => {
    if (groupTarget.kind !== 'new' || userDrafts.length === 0) return null;
    const parsed = createGroupSchema.shape.group.shape.name.safeParse(groupTarget.name);
    if (!parsed.success) return t(GROUP_ISSUE[parsed.error.issues[0]?.code ?? ''] ?? 'fix.groupInvalid');
    if (snapshot.groups.some((g) => g.name === groupTarget.name)) return t('fix.groupTaken');
    return null;
  })();
  const ackError = widens && !acknowledged ? t('fix.ackRequired') : null;
  const valid = proved && drafts.every((d) => nameError(d) === null) && groupError === null && ackError === null && steps.length > 0;

  const description = t('fix.policyDescription', { scenario: scenarioId, user: user.name });
  const submit = async () => {
    setAttempted(true);
    if (!valid || running || preview.status === 'loading') return;
    setStarted(true);
    const ok = await apply(steps, {
      userId: user.id,
      groupId: groupTarget.kind === 'existing' ? groupTarget.groupId : null,
      agencyId,
      domainId: target.domainId,
      projectId: target.projectId,
      description,
    });
    if (ok) {
      notifySuccess(t('fix.success', { user: user.name }));
      onClose();
    }
  };

  const changePlan = toChangePlan({ snapshot, user, title: t('fix.title', { user: user.name }), description, steps, group: groupTarget, agencyId, target });
  const failedStep = error ? steps.find((s) => s.id === error.stepId) : undefined;
  const locked = started; // names and targets are fixed once steps have run (retry resumes)

  return (
    <Modal opened onClose={running ? () => undefined : onClose} title={t('fix.title', { user: user.name })} size="xl" closeOnClickOutside={!running} closeOnEscape={!running}>
      <Stack gap="md">
        <Text size="sm">{conditionKeys ? t('fix.introWithoutCondition', { keys: conditionKeys.join(', ') }) : t('fix.intro')}</Text>
        {drafts.map((d, i) => (
          <Stack key={d.key} gap={6}>
            <Title order={3} size="h5">
              {t(d.side === 'user' ? 'fix.userPolicy' : 'fix.agencyPolicy', { n: i + 1 })} · {t(d.kind === 'global' ? 'fix.kindGlobal' : 'fix.kindProject')}
            </Title>
            <TextInput
              label={t('fix.policyName', { n: i + 1 })}
              value={d.name}
              onChange={(e) => {
                const name = e.currentTarget.value;
                setDrafts((all) => all.map((o) => (o.key === d.key ? { ...o, name } : o)));
              }}
              error={attempted ? nameError(d) : null}
              disabled={locked}
              maxLength={140}
            />
            {/* Focusable so the scrollable JSON can be read with the keyboard. */}
            <Code block tabIndex={0} role="region" aria-label={t('fix.jsonLabel', { n: i + 1 })} style={{ maxHeight: 200, overflow: 'auto' }}>
              {JSON.stringify(d.document, null, 2)}
            </Code>
          </Stack>
        ))}

        {userDrafts.length > 0 ? (
          <Stack gap={6}>
            <Radio.Group label={t('fix.attachTo')} value={groupChoice === NEW_GROUP ? 'new' : 'existing'} onChange={(v) => setGroupChoice(v === 'new' ? NEW_GROUP : (userGroups[0]?.id ?? NEW_GROUP))}>
              <Group gap="lg" mt={4}>
                <Radio value="new" label={t('fix.newGroup', { user: user.name })} disabled={locked} />
                <Radio value="existing" label={t('fix.existingGroup')} disabled={locked || userGroups.length === 0} />
              </Group>
            </Radio.Group>
            {groupChoice === NEW_GROUP ? (
              <TextInput label={t('fix.groupName')} value={groupName} onChange={(e) => setGroupName(e.currentTarget.value)} error={attempted ? groupError : null} disabled={locked} maxLength={80} />
            ) : (
              <Select label={t('fix.group')} data={userGroups.map((g) => ({ value: g.id, label: g.name }))} value={groupChoice} onChange={(v) => v && setGroupChoice(v)} allowDeselect={false} disabled={locked} />
            )}
            <Text size="xs" c="dimmed">
              {t('fix.scopeNote')}
            </Text>
          </Stack>
        ) : null}

        {agencyDrafts.length > 0 && !agencyId ? (
          <Alert color="orange" variant="light" icon={<IconInfoCircle size={20} aria-hidden />} title={t('fix.noAgencyTitle')}>
            <Text size="sm">{t('fix.noAgencyBody', { user: user.name })}</Text>
          </Alert>
        ) : null}

        {widens ? (
          <FixWidenAlert
            groupName={groupTarget.kind === 'existing' ? groupTarget.groupName : ''}
            groupMembers={groupMembers}
            audience={audience}
            agencyName={agencyName}
            acknowledged={acknowledged}
            onAcknowledge={setAcknowledged}
            error={attempted ? ackError : null}
            disabled={locked && !error}
          />
        ) : null}

        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('fix.stepsTitle')}
          </Text>
          {started ? (
            <FixProgress steps={steps} status={status} />
          ) : (
            <List size="sm" type="ordered">
              {steps.map((s) => (
                <List.Item key={s.id}>{stepLabel(s, t)}</List.Item>
              ))}
            </List>
          )}
        </Stack>

        <ConsequenceSection>
          <ConsequencePreview state={preview} titled />
        </ConsequenceSection>

        <FixExport plan={changePlan} valid={valid} onInvalid={() => setAttempted(true)} />

        {proved ? null : (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={20} aria-hidden />} title={t('fixProof.title')}>
            <Text size="sm">{t('fixProof.body', { user: user.name })}</Text>
          </Alert>
        )}

        {error ? <ErrorAlert error={error.error} title={t('fix.failed', { step: failedStep ? stepLabel(failedStep, t) : '' })} /> : null}

        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={running}>
            {t('fix.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={running || preview.status === 'loading'} disabled={steps.length === 0 || !proved || preview.status === 'loading'}>
            {error ? t('fix.retry') : t('fix.apply')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
