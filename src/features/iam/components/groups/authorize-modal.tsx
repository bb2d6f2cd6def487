/**
 * Authorize a user group or an agency: 1. pick policies, 2. choose the Scope (agencies have no
 * enterprise-project scope), then one grant call per policy and scope target, with progress. A failure says which grant failed and keeps the choices; Retry
 * resumes with the grants not yet done.
 */
import { Button, Group, Modal, Progress, Stack, Stepper, Text } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConsequencePreview, ErrorAlert, notifySuccess, useConsequencePreview } from '@/components';
import { useEnterpriseProjects, useProjects } from '@/api/resources/projects';
import { useRoles } from '@/api/resources/roles';
import { useGrantAgencyRoles, useGrantGroupRoles, type AgencyRoleGrant, type GroupGrant } from '@/api/resources/grants';
import { grantsMutation, planGrants, SCOPE_CHOICES, type ScopeChoice } from '../../lib/scope';
import { PolicyPicker } from './policy-picker';
import { ScopeFields } from './scope-fields';

/** Who receives the policies: a user group (four scopes) or an agency (no enterprise projects). */
export interface AuthorizePrincipal {
  type: 'group' | 'agency';
  id: string;
  name: string;
}

const AGENCY_SCOPES: readonly ScopeChoice[] = SCOPE_CHOICES.filter((c) => c !== 'enterpriseProjects');
const toAgencyGrant = (g: GroupGrant): AgencyRoleGrant => ({ roleId: g.roleId, target: g.target.kind === 'enterpriseProject' ? { kind: 'all' } : g.target });

export function AuthorizeModal({ principal, onClose }: { principal: AuthorizePrincipal; onClose: () => void }) {
  const group = principal;
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
  const groupGrant = useGrantGroupRoles((n) => setDone(doneRef.current + n));
  const agencyGrant = useGrantAgencyRoles(principal.id, (n) => setDone(doneRef.current + n));
  const grant = principal.type === 'agency' ? agencyGrant : groupGrant;

  const chosen = useMemo(() => (roles.data ?? []).filter((r) => selected.has(r.id)), [roles.data, selected]);
  const plan = useMemo(() => planGrants(group.id, chosen, choice, ids), [group.id, chosen, choice, ids]);
  const needsIds = choice === 'projects' || choice === 'enterpriseProjects';
  // Who gains (or loses: a Deny) once the scope is complete: the OK button waits for it.
  // Hook point (issue 13): the preview models group grants only; an agency's grant is not previewed yet.
  const mutation = useMemo(
    () => (principal.type === 'group' && step === 1 && (!needsIds || ids.length > 0) ? grantsMutation(plan.grants) : null),
    [principal.type, step, needsIds, ids.length, plan.grants],
  );
  const preview = useConsequencePreview(mutation);
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
    const onSuccess = () => {
      notifySuccess(t('authorize.done', { count: chosen.length, group: group.name }));
      onClose();
    };
    if (principal.type === 'agency') agencyGrant.mutate(plan.grants.slice(done).map(toAgencyGrant), { onSuccess });
    else groupGrant.mutate(plan.grants.slice(done), { onSuccess });
  };

  const failedGrant = grant.isError ? plan.grants[done] : undefined;
  const failedName = failedGrant ? (chosen.find((r) => r.id === failedGrant.roleId)?.display_name ?? failedGrant.roleId) : '';

  return (
    <Modal opened onClose={onClose} title={t('authorize.title', { group: group.name })} size="xl" centered closeOnClickOutside={!grant.isPending}>
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
            choices={principal.type === 'agency' ? AGENCY_SCOPES : SCOPE_CHOICES}
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
        {mutation !== null ? <ConsequencePreview state={preview} /> : null}
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
              <Button variant="filled" onClick={run} loading={grant.isPending || (mutation !== null && preview.status === 'loading')} disabled={mutation !== null && preview.status === 'loading'}>
                {t('action.ok')}
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
