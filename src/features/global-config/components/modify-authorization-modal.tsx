/**
 * Modify: change the agency of one authorization — an existing agency or a new one (created and
 * granted first) — then PUT /v2/{project_id}/authorizations, which replaces it atomically. The PUT
 * carries the version the dialog read; a 409 (someone else modified it) shows both agencies and
 * keeps everything chosen (./modify-conflict.tsx).
 */
import { Alert, Button, Group, Modal, Skeleton, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { engineUserId, type Authorization, type CreateAuthorizationBody } from '@/api/contracts/modelarts';
import { ApiError } from '@/api/client';
import { ErrorAlert, notifySuccess } from '@/components';
import { ConflictPending } from '@/components/conflict/conflict-review';
import { useConflict } from '@/components/conflict/use-conflict';
import { useSession } from '@/components/session/use-session';
import { useAgencies } from '@/api/resources/agencies';
import { useProjects } from '@/api/resources/projects';
import { useRoles } from '@/api/resources/roles';
import { useAuthorizationFlow } from '../hooks/use-authorization-flow';
import { useAuthorizationPreview } from '../hooks/use-authorization-preview';
import { useDefaultAgencyName } from '../hooks/use-default-agency-name';
import { buildCreatePlan, initialValues, validateAddAuthorization, type AddAuthorizationValues, type CreatePlan, type FormErrorCode, type FormField } from '../lib/add-authorization-form';
import { planMutation } from '../lib/authorization-mutation';
import { AgencyFields } from './agency-fields';
import { AuthorizationExport } from './authorization-export';
import { resolveCommonUserRoles } from './common-user-permissions';
import { CreateProgress } from './create-progress';
import { authorizedToLabel } from './labels';
import { loadLatestAuthorization, ModifyConflict } from './modify-conflict';

/** The PUT body for `row` with a new agency name, at the version `row` was read. */
export function modifyBody(row: Authorization, content: string): CreateAuthorizationBody {
  const version = row.version === undefined ? {} : { version: row.version };
  switch (row.user_type) {
    case 'all-users':
      return { user_type: 'all-users', type: 'agency', user_id: 'all', content, ...version };
    case 'federate':
      return { user_type: 'federate', type: 'agency', user_name: row.user_name ?? row.user_id, content, ...version };
    default:
      return { user_type: row.user_type, type: 'agency', user_id: row.user_id, ...(row.user_name ? { user_name: row.user_name } : {}), content, ...version };
  }
}

export function ModifyAuthorizationModal({ row, onClose }: { row: Authorization | null; onClose: () => void }) {
  const { t } = useTranslation('global-config');
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState(false);
  const title = conflict ? t('modify.conflict.title') : t('modify.title');
  return (
    <Modal opened={row !== null} onClose={onClose} title={title} size="xl" centered closeOnClickOutside={!busy} closeOnEscape={!busy} withCloseButton={!busy}>
      {row ? <ModifyForm key={`${row.user_type}:${row.user_id}`} row={row} onDone={onClose} onBusyChange={setBusy} onConflictChange={setConflict} /> : null}
    </Modal>
  );
}

interface ModifyFormProps {
  row: Authorization;
  onDone: () => void;
  onBusyChange: (busy: boolean) => void;
  onConflictChange: (conflict: boolean) => void;
}

function ModifyForm({ row, onDone, onBusyChange, onConflictChange }: ModifyFormProps) {
  const { t } = useTranslation('global-config');
  const session = useSession();
  const agencies = useAgencies();
  const roles = useRoles();
  const projects = useProjects();
  const flow = useAuthorizationFlow(row.user_id);
  // The row as last read: its version goes with the PUT; a reapplied conflict moves it on.
  const [base, setBase] = useState(row);
  const [reapplied, setReapplied] = useState<number | null>(null);
  const { conflict, open: loadLatest, close: closeConflict } = useConflict(
    () => loadLatestAuthorization(session.projectId, base, t('modify.conflict.gone')),
    onConflictChange,
  );
  const [values, setValues] = useState<AddAuthorizationValues>(() => ({
    ...initialValues(),
    userType: row.user_type,
    iamUser: { id: row.user_id, name: row.user_name ?? row.user_id },
    federatedName: row.user_name ?? row.user_id,
    grantAgency: { id: row.user_id, name: row.user_name ?? row.user_id },
    agencyMode: 'existing',
    agreed: true,
  }));
  const [attempted, setAttempted] = useState(false);
  const set = (patch: Partial<AddAuthorizationValues>) => setValues((v) => ({ ...v, ...patch }));
  const name = authorizedToLabel(row, t);

  const agencyNames = useMemo(() => new Set((agencies.data ?? []).map((a) => a.name)), [agencies.data]);
  const createdAgency = flow.progress.agency;
  const { markEdited } = useDefaultAgencyName({
    userName: row.user_type === 'all-users' ? null : (row.user_name ?? row.user_id),
    agencyNames,
    ready: agencies.isSuccess,
    locked: createdAgency !== null,
    current: values.agencyName,
    setName: (agencyName) => set({ agencyName }),
  });
  const validation = validateAddAuthorization(values, { agencyNames, iamUserAuthorized: false, createdAgencyName: createdAgency?.name ?? null });
  const errors: Partial<Record<FormField, FormErrorCode>> = { ...validation.errors };
  if (values.agencyMode === 'existing' && values.existingAgency === base.content) errors.agency = 'sameAgency';
  const firstCode = errors.agency ?? errors.agencyName ?? errors.permissions ?? null;
  const dataReady = agencies.isSuccess && roles.isSuccess && projects.isSuccess;
  const common = useMemo(() => resolveCommonUserRoles(roles.data ?? []), [roles.data]);
  const canSave = !firstCode && dataReady && !flow.running;
  const planOf = (): CreatePlan => {
    const built = buildCreatePlan(createdAgency ? { ...values, agencyName: createdAgency.name } : values, common.found.map((r) => ({ id: r.id, type: r.type })));
    return { ...built, authorization: modifyBody(base, built.agencyName) };
  };
  // Who gains or loses with the chosen agency; Save waits for it.
  const modify = { userId: engineUserId(base) };
  const preview = useAuthorizationPreview(!firstCode && dataReady ? planMutation(planOf(), { projectId: session.projectId, created: createdAgency, modify }) : null);

  const save = async () => {
    setAttempted(true);
    if (!canSave || !preview.ready) return;
    const plan = planOf();
    setReapplied(null);
    onBusyChange(true);
    const failure = await flow.run(plan);
    onBusyChange(false);
    if (!failure) {
      notifySuccess(t('modify.success', { name }));
      onDone();
    } else if (failure.step === 'authorization' && failure.error instanceof ApiError && failure.error.status === 409) {
      void loadLatest();
    }
  };
  const lookupError = agencies.error ?? roles.error ?? projects.error;

  if (conflict) {
    if (!conflict.server) return <ConflictPending conflict={conflict} onRetry={() => void loadLatest()} />;
    const server = conflict.server;
    const mine = (values.agencyMode === 'existing' ? values.existingAgency : (createdAgency?.name ?? values.agencyName)) ?? '';
    return (
      <ModifyConflict
        base={base}
        server={server}
        mine={mine}
        onBack={closeConflict}
        onDiscard={onDone}
        onReapply={() => {
          setBase(server);
          setReapplied(server.version ?? 1);
          flow.clearFailure();
          closeConflict();
        }}
      />
    );
  }

  return (
    <Stack gap="md">
      <Text size="sm">{t('modify.description', { name })}</Text>
      {reapplied !== null ? (
        <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} aria-hidden />} role="status">
          {t('modify.conflict.reapplied', { version: reapplied })}
        </Alert>
      ) : null}
      <Text size="sm" fw={600} style={{ wordBreak: 'break-all' }}>
        {t('modify.current', { agency: base.content })}
      </Text>
      {lookupError ? <ErrorAlert error={lookupError} onRetry={() => { void agencies.refetch(); void roles.refetch(); void projects.refetch(); }} /> : null}
      {dataReady ? (
        <AgencyFields
          values={values}
          onChange={set}
          onAgencyNameEdited={markEdited}
          errors={errors}
          showErrors={attempted || errors.agency === 'sameAgency'}
          agencies={agencies.data}
          roles={roles.data}
          projects={projects.data}
          currentProjectId={session.projectId}
          lockedAgencyName={createdAgency?.name ?? null}
          currentAgencyName={base.content}
          disabled={flow.running}
        />
      ) : lookupError ? null : (
        <Skeleton height={160} />
      )}
      {preview.node}
      {!firstCode && roles.data && projects.data ? <AuthorizationExport kind="modify" title={`${t('modify.title')}: ${name}`} plan={planOf} roles={roles.data} projects={projects.data} /> : null}
      {flow.started ? (
        <CreateProgress
          steps={flow.steps}
          failure={flow.failure}
          grants={flow.grantTotal > 0 ? { done: flow.progress.granted.length, total: flow.grantTotal } : null}
          lastStepLabel={t('steps.modifyAuthorization')}
        />
      ) : null}
      <Stack gap={6}>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={flow.running}>
            {t('action.cancel')}
          </Button>
          <Button onClick={() => void save()} disabled={!canSave || !preview.ready} loading={flow.running || (canSave && !preview.ready)} aria-describedby={firstCode ? 'modify-hint' : undefined}>
            {flow.failure ? t('action.retry') : t('action.save')}
          </Button>
        </Group>
        {firstCode && dataReady && !flow.running ? (
          <Text size="xs" c="dimmed" ta="right" id="modify-hint">
            {t('modify.hint', { reason: t(`validation.${firstCode}`) })}
          </Text>
        ) : null}
      </Stack>
    </Stack>
  );
}
