/**
 * Add Authorization: Authorized User → Authorized To → Agency (Use existing | Add agency with
 * Agency Name and Permissions) → service statement → Create. Create runs create agency → grant
 * permissions → create authorization with visible progress; a failed step keeps the form and
 * Retry resumes from it — after a reload too (../hooks/use-pending-add.ts).
 */
import { Button, Checkbox, Divider, Drawer, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, notifySuccess } from '@/components';
import { useSession } from '@/components/session/use-session';
import { useAgencies } from '@/api/resources/agencies';
import { useProjects } from '@/api/resources/projects';
import { useRoles } from '@/api/resources/roles';
import { useAuthorizationFlow } from '../hooks/use-authorization-flow';
import { useAuthorizationPreview } from '../hooks/use-authorization-preview';
import { useDefaultAgencyName } from '../hooks/use-default-agency-name';
import { usePendingAdd } from '../hooks/use-pending-add';
import { buildCreatePlan, initialValues, validateAddAuthorization, type AddAuthorizationValues, type NamedRef } from '../lib/add-authorization-form';
import { planMutation } from '../lib/authorization-mutation';
import { AgencyFields } from './agency-fields';
import { AuthorizationExport } from './authorization-export';
import { resolveCommonUserRoles } from './common-user-permissions';
import { CreateProgress } from './create-progress';
import { AuthorizedToFields, targetName } from './authorized-to-fields';
import { useIamUserAuthorized } from './iam-user-picker';
import { PendingAddNotice } from './pending-add-notice';

/** `initialUser`: the IAM user the form starts with (a link "Add Authorization for nora"). */
export function AddAuthorizationDrawer({ opened, onClose, initialUser }: { opened: boolean; onClose: () => void; initialUser?: NamedRef | undefined }) {
  const { t } = useTranslation('global-config');
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  return (
    <Drawer
     
     
      opened={opened}
      onClose={onClose}
      title={t('add.title')}
      position="right"
      size="xl"
      closeOnClickOutside={!busy}
      closeOnEscape={!busy}
      withCloseButton={!busy}
      closeButtonProps={{ 'aria-label': t('action.close') }}
    >
      {opened ? <AddAuthorizationForm key={attempt} onDone={onClose} onBusyChange={setBusy} initialUser={initialUser} onStartOver={() => setAttempt((n) => n + 1)} /> : null}
    </Drawer>
  );
}

interface FormProps {
  onDone: () => void;
  onBusyChange: (busy: boolean) => void;
  initialUser?: NamedRef | undefined;
  onStartOver: () => void;
}

function AddAuthorizationForm({ onDone, onBusyChange, initialUser, onStartOver }: FormProps) {
  const { t } = useTranslation('global-config');
  const session = useSession();
  const agencies = useAgencies();
  const roles = useRoles();
  const projects = useProjects();
  const flow = useAuthorizationFlow();
  const pending = usePendingAdd(agencies.data, flow.progress.agency, flow.adoptAgency);
  const [values, setValues] = useState<AddAuthorizationValues>(() => pending.restored?.values ?? { ...initialValues(), iamUser: initialUser ?? null });
  const [attempted, setAttempted] = useState(false);
  const hintId = useId();
  const set = (patch: Partial<AddAuthorizationValues>) => setValues((v) => ({ ...v, ...patch }));

  useEffect(() => onBusyChange(flow.running), [flow.running, onBusyChange]);

  const agencyNames = useMemo(() => new Set((agencies.data ?? []).map((a) => a.name)), [agencies.data]);
  const createdAgency = flow.progress.agency;
  const { markEdited } = useDefaultAgencyName({
    userName: targetName(values),
    agencyNames,
    ready: agencies.isSuccess,
    locked: createdAgency !== null || pending.restored !== null,
    current: values.agencyName,
    setName: (agencyName) => set({ agencyName }),
  });

  const iamCheck = useIamUserAuthorized(values.userType === 'iam' ? values.iamUser : null);
  const validation = validateAddAuthorization(values, {
    agencyNames,
    iamUserAuthorized: iamCheck.authorized,
    createdAgencyName: createdAgency?.name ?? null,
  });
  const dataReady = agencies.isSuccess && roles.isSuccess && projects.isSuccess;
  const common = useMemo(() => resolveCommonUserRoles(roles.data ?? []), [roles.data]);
  const commonIncomplete = values.agencyMode === 'new' && values.permissionMode === 'common' && common.missing.length > 0;
  const complete = dataReady && !iamCheck.checking && !commonIncomplete;
  const canCreate = validation.valid && complete && !flow.running;
  const planOf = () =>
    buildCreatePlan(
      createdAgency ? { ...values, agencyName: createdAgency.name } : values,
      common.found.map((r) => ({ id: r.id, type: r.type })),
    );
  // Who gains or loses, once everything but the statement is filled in; Create waits for it.
  const previewable = complete && Object.keys(validation.errors).every((f) => f === 'agreed');
  const preview = useAuthorizationPreview(previewable ? planMutation(planOf(), { projectId: session.projectId, created: createdAgency, modify: null }) : null);

  const hint = !dataReady
    ? t('add.loadingData')
    : validation.first
      ? t('add.createHint', { reason: t(`validation.${validation.first.code}`) })
      : null;

  const submit = async () => {
    setAttempted(true);
    if (!canCreate || !preview.ready) return;
    const plan = planOf();
    pending.start({ ...values, agencyName: plan.agencyName });
    const ok = (await flow.run(plan)) === null;
    if (ok) {
      pending.finish();
      const who = values.userType === 'all-users' ? t('allUsers') : (targetName(values) ?? '');
      notifySuccess(t('add.success', { name: who }));
      onDone();
    }
  };

  const lookupError = agencies.error ?? roles.error ?? projects.error;

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
    <Stack gap="lg">
      {pending.restored ? (
        <PendingAddNotice
          restored={pending.restored}
          agencyName={createdAgency?.name ?? null}
          disabled={flow.running}
          onStartOver={() => {
            pending.finish();
            onStartOver();
          }}
        />
      ) : null}
      {lookupError ? (
        <ErrorAlert
          error={lookupError}
          onRetry={() => {
            void agencies.refetch();
            void roles.refetch();
            void projects.refetch();
          }}
        />
      ) : null}

      <AuthorizedToFields
        values={values}
        onChange={set}
        error={validation.errors.authorizedTo}
        showErrors={attempted}
        alreadyAuthorized={iamCheck.authorized}
        agencies={agencies.data}
        disabled={flow.running}
      />

      <Divider />

      {dataReady ? (
        <AgencyFields
          values={values}
          onChange={set}
          onAgencyNameEdited={markEdited}
          errors={validation.errors}
          showErrors={attempted}
          agencies={agencies.data}
          roles={roles.data}
          projects={projects.data}
          currentProjectId={session.projectId}
          lockedAgencyName={createdAgency?.name ?? null}
          disabled={flow.running}
        />
      ) : lookupError ? null : (
        <Stack gap="xs" aria-busy>
          <Text size="sm" c="dimmed">
            {t('add.loadingData')}
          </Text>
          <Skeleton height={32} />
          <Skeleton height={120} />
        </Stack>
      )}

      <Divider />

      <Checkbox
        label={t('add.agree')}
        checked={values.agreed}
        onChange={(e) => set({ agreed: e.currentTarget.checked })}
        error={attempted && validation.errors.agreed ? t('validation.agreeRequired') : undefined}
        disabled={flow.running}
      />

      {preview.node}
      {previewable && roles.data && projects.data ? (
        <AuthorizationExport kind="add" title={`${t('add.title')}: ${values.userType === 'all-users' ? t('allUsers') : (targetName(values) ?? '')}`} plan={planOf} roles={roles.data} projects={projects.data} />
      ) : null}

      {flow.started ? (
        <CreateProgress
          steps={flow.steps}
          failure={flow.failure}
          grants={flow.grantTotal > 0 ? { done: flow.progress.granted.length, total: flow.grantTotal } : null}
        />
      ) : null}

      <Stack gap={6}>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={flow.running}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" disabled={!canCreate || !preview.ready} loading={flow.running || (canCreate && !preview.ready)} aria-describedby={hint ? hintId : undefined}>
            {flow.failure ? t('action.retry') : t('action.create')}
          </Button>
        </Group>
        {hint && !flow.running ? (
          <Text size="xs" c="dimmed" ta="right" id={hintId}>
            {hint}
          </Text>
        ) : null}
      </Stack>
    </Stack>
    </form>
  );
}
