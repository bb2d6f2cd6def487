/**
 * Authorize a user group or an agency: 1. pick policies, 2. choose the Scope (agencies have no
 * enterprise-project scope), then one grant call per policy and scope target, with progress. A failure says which grant failed and keeps the choices; Retry
 * resumes with the grants not yet done.
 */
import { Button, Group, Modal, Progress, Stack, Stepper, Text } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrincipalType } from '@/api/resources/grants';
import { ErrorAlert, notifySuccess } from '@/components';
import { useEnterpriseProjects, useProjects } from '../../api/get-projects';
import { useRoles } from '../../api/get-roles';
import { useGrantRoles } from '../../api/grant-group-role';
import { planGrants, scopeChoicesFor, type ScopeChoice } from '../../lib/scope';
import { PolicyPicker } from './policy-picker';
import { ScopeFields } from './scope-fields';

export interface AuthorizePrincipal {
  type: PrincipalType;
  id: string;
  name: string;
}

export function AuthorizeModal({ principal, onClose }: { principal: AuthorizePrincipal; onClose: () => void }) {
  const { t } = useTranslation('iam');
  const roles = useRoles();
  const projects = useProjects();
  const eps = useEnterpriseProjects();
  const [step, setStep] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [choice, setChoice] = useState<ScopeChoice>('all');
  const [ids, setIds] = useState<string[]>([]);
  const [tried, setTried] = useState(false);
  const [done, setDone] = useState(0);
  const doneRef = useRef(0);
  const grant = useGrantRoles((n) => setDone(doneRef.current + n));

  const chosen = useMemo(() => (roles.data ?? []).filter((r) => selected.has(r.id)), [roles.data, selected]);
  const plan = useMemo(() => planGrants([{ type: principal.type, id: principal.id }], chosen, choice, ids), [principal.type, principal.id, chosen, choice, ids]);
  const needsIds = choice === 'projects' || choice === 'enterpriseProjects';
  const idsError = tried && needsIds && ids.length === 0 ? t(choice === 'projects' ? 'authorize.pickProjects' : 'authorize.pickEnterpriseProjects') : undefined;

  const toggle = (id: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const changeScope = (c: ScopeChoice) => {
    setChoice(c);
    setIds([]);
    setDone(0);
    doneRef.current = 0;
  };

  const run = () => {
    setTried(true);
    if (needsIds && ids.length === 0) return;
    doneRef.current = done;
    grant.mutate(plan.grants.slice(done), {
      onSuccess: () => {
        notifySuccess(t('authorize.done', { count: chosen.length, group: principal.name }));
        onClose();
      },
    });
  };

  const failedGrant = grant.isError ? plan.grants[done] : undefined;
  const failedName = failedGrant ? (chosen.find((r) => r.id === failedGrant.roleId)?.display_name ?? failedGrant.roleId) : '';

  return (
    <Modal opened onClose={onClose} title={t('authorize.title', { group: principal.name })} size="xl" centered closeOnClickOutside={!grant.isPending}>
      <Stack gap="md">
        <Stepper active={step} size="sm" allowNextStepsSelect={false} onStepClick={(s) => !grant.isPending && setStep(s)}>
          <Stepper.Step label={t('authorize.step1')} />
          <Stepper.Step label={t('authorize.step2')} />
        </Stepper>
        {roles.isError ? <ErrorAlert error={roles.error} title={t('authorize.rolesFailed')} onRetry={() => void roles.refetch()} /> : null}
        {step === 0 ? (
          <PolicyPicker roles={roles.data ?? []} selected={selected} onToggle={toggle} />
        ) : (
          <ScopeFields
            choice={choice}
            onChoice={changeScope}
            choices={scopeChoicesFor(principal.type)}
            ids={ids}
            onIds={(v) => {
              setIds(v);
              setDone(0);
            }}
            projects={projects.data ?? []}
            enterpriseProjects={eps.data ?? []}
            forcedToAll={plan.forcedToAll}
            idsError={idsError}
          />
        )}
        {grant.isPending || (grant.isError && done > 0) ? (
          <Stack gap={4}>
            <Text size="sm" aria-live="polite">
              {t('authorize.progress', { done, total: plan.grants.length })}
            </Text>
            <Progress value={(done / Math.max(1, plan.grants.length)) * 100} aria-label={t('authorize.progressLabel')} />
          </Stack>
        ) : null}
        {grant.isError ? <ErrorAlert error={grant.error} title={t('authorize.failed', { policy: failedName })} onRetry={run} retrying={grant.isPending} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={grant.isPending}>
            {t('action.cancel')}
          </Button>
          {step === 0 ? (
            <Button variant="filled" disabled={selected.size === 0} onClick={() => setStep(1)}>
              {t('authorize.next')}
            </Button>
          ) : (
            <>
              <Button variant="default" onClick={() => setStep(0)} disabled={grant.isPending}>
                {t('authorize.previous')}
              </Button>
              <Button variant="filled" onClick={run} loading={grant.isPending}>
                {t('action.ok')}
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
