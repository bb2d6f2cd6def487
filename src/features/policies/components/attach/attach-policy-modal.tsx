/**
 * Attach to… from a policy's own page: 1. user groups or agencies, 2. the Scope (agencies have no
 * enterprise-project scope) with who gains or loses access (the consequence preview), then one
 * grant per principal and scope target, with progress; a failure names the policy and principal,
 * keeps the choices, and Retry resumes with the grants not yet done.
 */
import { Button, Group, Modal, Stack, Stepper } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@/api/contracts/iam';
import { useAgencies } from '@/api/resources/agencies';
import { useAllGroups } from '@/api/resources/groups';
import { ConsequencePreview, notifySuccess, useConsequencePreview } from '@/components';
import { AGENCY_SCOPES, grantsMutation, planGrants, SCOPE_CHOICES } from '@/components/grant/scope';
import { ScopeFields } from '@/components/grant/scope-fields';
import { GrantDialogBody } from '@/components/grant/grant-dialog-body';
import { GrantExport } from '@/components/grant/grant-export';
import { GrantRunStatus, useGrantRun } from '@/components/grant/use-grant-run';
import { useScopeChoice } from '@/components/grant/use-scope-choice';
import { PrincipalFields, type PrincipalType } from './principal-fields';

export function AttachPolicyModal({ role, onClose }: { role: Role; onClose: () => void }) {
  const { t } = useTranslation('policies');
  const [type, setType] = useState<PrincipalType>('group');
  const groups = useAllGroups();
  const agencies = useAgencies({ enabled: type === 'agency' });
  const list = type === 'group' ? groups : agencies;
  const [step, setStep] = useState(0);
  const [principalIds, setPrincipalIds] = useState<string[]>([]);
  const [tried, setTried] = useState({ principals: false, scope: false });
  const scope = useScopeChoice(() => grant.restart());

  const names = useMemo(() => new Map((list.data ?? []).map((p) => [p.id, p.name])), [list.data]);
  const plan = useMemo(() => {
    const plans = principalIds.map((id) => planGrants(id, [role], scope.choice, scope.ids));
    return { grants: plans.flatMap((p) => p.grants), forcedToAll: plans[0]?.forcedToAll ?? [] };
  }, [principalIds, role, scope.choice, scope.ids]);
  const grant = useGrantRun(type, plan.grants);
  const mutation = useMemo(
    () => (step === 1 && principalIds.length > 0 && scope.complete ? grantsMutation(plan.grants, type) : null),
    [step, principalIds.length, scope.complete, plan.grants, type],
  );
  const preview = useConsequencePreview(mutation);

  const changeType = (next: PrincipalType) => {
    setType(next);
    setPrincipalIds([]);
    scope.onChoice('all');
  };
  const next = () => {
    setTried((s) => ({ ...s, principals: true }));
    if (principalIds.length > 0) setStep(1);
  };
  const run = () => {
    setTried((s) => ({ ...s, scope: true }));
    if (!scope.complete) return;
    grant.run(() => {
      notifySuccess(t('attach.done', { count: principalIds.length, name: role.display_name }));
      onClose();
    });
  };
  const busy = grant.pending;

  return (
    <Modal opened onClose={onClose} title={t('attach.title', { name: role.display_name })} size="xl" centered closeOnClickOutside={!busy}>
      <GrantDialogBody>
        <Stack gap="md">
          <Stepper active={step} size="sm" allowNextStepsSelect={false} onStepClick={(s) => !busy && setStep(s)}>
            <Stepper.Step label={t('attach.step1')} />
            <Stepper.Step label={t('attach.step2')} />
          </Stepper>
          {step === 0 ? (
            <PrincipalFields
              type={type}
              onType={changeType}
              options={list.data ?? []}
              loading={list.isPending && list.fetchStatus !== 'idle'}
              error={list.isError ? list.error : null}
              onRetry={() => void list.refetch()}
              ids={principalIds}
              onIds={(v) => {
                setPrincipalIds(v);
                grant.restart();
              }}
              tried={tried.principals}
            />
          ) : (
            <ScopeFields scope={scope} choices={type === 'agency' ? AGENCY_SCOPES : SCOPE_CHOICES} forcedToAll={plan.forcedToAll} tried={tried.scope} />
          )}
          {mutation !== null ? (
            <>
              <ConsequencePreview state={preview} />
              <GrantExport title={t('attach.title', { name: role.display_name })} principalType={type} principalNames={names} roleNames={new Map([[role.id, role.display_name]])} grants={plan.grants} />
            </>
          ) : null}
          <GrantRunStatus state={grant} roles={[role]} onRetry={run} principalName={(id) => names.get(id) ?? id} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {t('attach.cancel')}
            </Button>
            {step === 0 ? (
              <Button variant="filled" onClick={next}>
                {t('attach.next')}
              </Button>
            ) : (
              <>
                <Button variant="default" onClick={() => setStep(0)} disabled={busy}>
                  {t('attach.previous')}
                </Button>
                <Button variant="filled" onClick={run} loading={busy || (mutation !== null && preview.status === 'loading')} disabled={mutation !== null && preview.status === 'loading'}>
                  {t('attach.ok')}
                </Button>
              </>
            )}
          </Group>
        </Stack>
      </GrantDialogBody>
    </Modal>
  );
}
