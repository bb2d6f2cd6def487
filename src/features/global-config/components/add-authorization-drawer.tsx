/**
 * Add Authorization: Authorized User → Authorized To → Agency (Use existing | Add agency with
 * Agency Name and Permissions) → service statement → Create. Create runs create agency → grant
 * permissions → create authorization with visible progress; a failed step keeps the form and
 * Retry resumes from it — after a reload too (../hooks/use-pending-add.ts).
 */
import { Alert, Button, Checkbox, Divider, Drawer, Group, Input, Select, SegmentedControl, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserType } from '@/api/contracts/modelarts';
import { ErrorAlert, notifySuccess } from '@/components';
import { useSession } from '@/components/session/use-session';
import { useAgencies } from '@/api/resources/agencies';
import { useProjects } from '@/api/resources/projects';
import { useRoles } from '@/api/resources/roles';
import { useAuthorizationFlow } from '../hooks/use-authorization-flow';
import { useDefaultAgencyName } from '../hooks/use-default-agency-name';
import { usePendingAdd } from '../hooks/use-pending-add';
import { buildCreatePlan, initialValues, validateAddAuthorization, type AddAuthorizationValues, type NamedRef } from '../lib/add-authorization-form';
import { AgencyFields } from './agency-fields';
import { resolveCommonUserRoles } from './common-user-permissions';
import { CreateProgress } from './create-progress';
import { IamUserPicker, useIamUserAuthorized } from './iam-user-picker';
import { PendingAddNotice } from './pending-add-notice';

const USER_TYPES: UserType[] = ['iam', 'federate', 'grant', 'all-users'];

/** The name that goes into the default agency name (null = all users). */
function targetName(v: AddAuthorizationValues): string | null {
  switch (v.userType) {
    case 'iam':
      return v.iamUser?.name ?? null;
    case 'federate':
      return v.federatedName.trim() || null;
    case 'grant':
      return v.grantAgency?.name ?? null;
    case 'all-users':
      return null;
  }
}

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
  const userTypeLabelId = useId();
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
  const canCreate = validation.valid && dataReady && !iamCheck.checking && !flow.running && !commonIncomplete;

  const hint = !dataReady
    ? t('add.loadingData')
    : validation.first
      ? t('add.createHint', { reason: t(`validation.${validation.first.code}`) })
      : null;

  const submit = async () => {
    setAttempted(true);
    if (!canCreate) return;
    const plan = buildCreatePlan(
      createdAgency ? { ...values, agencyName: createdAgency.name } : values,
      common.found.map((r) => ({ id: r.id, type: r.type })),
    );
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

      <Stack gap={6}>
        <Input.Label id={userTypeLabelId} component="div">
          {t('add.authorizedUser')}
        </Input.Label>
        <SegmentedControl
          aria-labelledby={userTypeLabelId}
          value={values.userType}
          onChange={(v) => set({ userType: v as UserType })}
          data={USER_TYPES.map((u) => ({ value: u, label: t(`userType.${u}`) }))}
          disabled={flow.running}
          fullWidth
        />
      </Stack>

      {values.userType === 'iam' ? (
        <Stack gap={4}>
          <IamUserPicker
            value={values.iamUser}
            onChange={(iamUser) => set({ iamUser })}
            error={validation.errors.authorizedTo === 'userAlreadyAuthorized' || (attempted && validation.errors.authorizedTo) ? t(`validation.${validation.errors.authorizedTo}`) : undefined}
            disabled={flow.running}
          />
          {iamCheck.authorized && values.iamUser ? (
            <Alert color="yellow" variant="light" icon={<IconInfoCircle size={18} aria-hidden />} py="xs">
              <Text size="sm">{t('add.alreadyAuthorized', { name: values.iamUser.name })}</Text>
            </Alert>
          ) : null}
        </Stack>
      ) : values.userType === 'federate' ? (
        <TextInput
          label={t('add.authorizedTo')}
          withAsterisk
          placeholder={t('add.federatedPlaceholder')}
          value={values.federatedName}
          onChange={(e) => set({ federatedName: e.currentTarget.value })}
          error={attempted || values.federatedName.length > 64 ? (validation.errors.authorizedTo ? t(`validation.${validation.errors.authorizedTo}`) : undefined) : undefined}
          disabled={flow.running}
          autoComplete="off"
        />
      ) : values.userType === 'grant' ? (
        <Stack gap={4}>
          <Select
            label={t('add.authorizedTo')}
            withAsterisk
            placeholder={t('add.agencyPlaceholder')}
            searchable
            data={(agencies.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
            value={values.grantAgency?.id ?? null}
            onChange={(id) => {
              const a = agencies.data?.find((x) => x.id === id);
              set({ grantAgency: a ? { id: a.id, name: a.name } : null });
            }}
            error={attempted && validation.errors.authorizedTo ? t(`validation.${validation.errors.authorizedTo}`) : undefined}
            disabled={flow.running}
          />
          <Text size="xs" c="dimmed">
            {t('add.grantHint')}
          </Text>
        </Stack>
      ) : (
        <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} aria-hidden />} py="xs">
          <Text size="sm">{t('add.allUsersHint')}</Text>
        </Alert>
      )}

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
          <Button type="submit" disabled={!canCreate} loading={flow.running} aria-describedby={hint ? hintId : undefined}>
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
