/**
 * Authorize a user group or an agency: 1. pick policies, 2. choose the Scope (agencies have no
 * enterprise-project scope), then one grant call per policy and scope target, with progress
 * (components/grant/use-grant-run.tsx). A failure says which grant failed and keeps the choices; Retry
 * resumes with the grants not yet done.
 */
import { Button, Group, Modal, Stack, Stepper } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConsequencePreview, ErrorAlert, notifySuccess, useConsequencePreview } from '@/components';
import { AGENCY_SCOPES, grantsMutation, planGrants, SCOPE_CHOICES } from '@/components/grant/scope';
import { ScopeFields } from '@/components/grant/scope-fields';
import { GrantDialogBody } from '@/components/grant/grant-dialog-body';
import { GrantExport } from '@/components/grant/grant-export';
import { GrantRunStatus, useGrantRun } from '@/components/grant/use-grant-run';
import { useScopeChoice } from '@/components/grant/use-scope-choice';
import { useRoles } from '@/api/resources/roles';
import { PolicyPicker } from './policy-picker';

/** Who receives the policies: a user group (four scopes) or an agency (no enterprise projects). */
export interface AuthorizePrincipal {
  type: 'group' | 'agency';
  id: string;
  name: string;
}

export function AuthorizeModal({ principal, onClose }: { principal: AuthorizePrincipal; onClose: () => void }) {
  const { t } = useTranslation('iam');
  const roles = useRoles();
  const [step, setStep] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [tried, setTried] = useState(false);
  const scope = useScopeChoice(() => grant.restart());

  const chosen = useMemo(() => (roles.data ?? []).filter((r) => selected.has(r.id)), [roles.data, selected]);
  const plan = useMemo(() => planGrants(principal.id, chosen, scope.choice, scope.ids), [principal.id, chosen, scope.choice, scope.ids]);
  const grant = useGrantRun(principal.type, plan.grants);
  // Who gains (or loses: a Deny) once the scope is complete: the OK button waits for it.
  const mutation = useMemo(() => (step === 1 && scope.complete ? grantsMutation(plan.grants, principal.type) : null), [principal.type, step, scope.complete, plan.grants]);
  const preview = useConsequencePreview(mutation);

  const toggle = (id: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const run = () => {
    setTried(true);
    if (!scope.complete) return;
    grant.run(() => {
      notifySuccess(t('authorize.done', { count: chosen.length, group: principal.name }));
      onClose();
    });
  };

  return (
    <Modal opened onClose={onClose} title={t('authorize.title', { group: principal.name })} size="xl" centered closeOnClickOutside={!grant.pending}>
      <GrantDialogBody>
        <Stack gap="md">
          <Stepper active={step} size="sm" allowNextStepsSelect={false} onStepClick={(s) => !grant.pending && setStep(s)}>
            <Stepper.Step label={t('authorize.step1')} />
            <Stepper.Step label={t('authorize.step2')} />
          </Stepper>
          {roles.isError ? <ErrorAlert error={roles.error} title={t('authorize.rolesFailed')} onRetry={() => void roles.refetch()} /> : null}
          {step === 0 ? (
            <PolicyPicker roles={roles.data ?? []} selected={selected} onToggle={toggle} />
          ) : (
            <ScopeFields scope={scope} choices={principal.type === 'agency' ? AGENCY_SCOPES : SCOPE_CHOICES} forcedToAll={plan.forcedToAll} tried={tried} />
          )}
          {mutation !== null ? (
            <>
              <ConsequencePreview state={preview} />
              <GrantExport
                title={t('authorize.title', { group: principal.name })}
                principalType={principal.type}
                principalNames={new Map([[principal.id, principal.name]])}
                roleNames={new Map(chosen.map((r) => [r.id, r.display_name]))}
                grants={plan.grants}
              />
            </>
          ) : null}
          <GrantRunStatus state={grant} roles={chosen} onRetry={run} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={grant.pending}>
              {t('action.cancel')}
            </Button>
            {step === 0 ? (
              <Button variant="filled" disabled={selected.size === 0} onClick={() => setStep(1)}>
                {t('authorize.next')}
              </Button>
            ) : (
              <>
                <Button variant="default" onClick={() => setStep(0)} disabled={grant.pending}>
                  {t('authorize.previous')}
                </Button>
                <Button variant="filled" onClick={run} loading={grant.pending || (mutation !== null && preview.status === 'loading')} disabled={mutation !== null && preview.status === 'loading'}>
                  {t('action.ok')}
                </Button>
              </>
            )}
          </Group>
        </Stack>
      </GrantDialogBody>
    </Modal>
  );
}
