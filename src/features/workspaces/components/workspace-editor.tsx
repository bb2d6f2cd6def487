/**
 * Create or edit one workspace inside the dialog. Saving validates with the service's schema;
 * a field error from the service is located on its field; any other failure is shown with the
 * form kept (Save again retries); a 409 switches to the conflict view. An edit that changes who can
 * use the workspace (its type or authorized users) first shows who gains or loses access in it.
 */
import { Alert, Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/api/client';
import type { Workspace } from '@/api/contracts/modelarts';
import { ConsequenceConfirm, ErrorAlert, notifyError, notifySuccess } from '@/components';
import { ConflictPending } from '@/components/conflict/conflict-review';
import { useConflict } from '@/components/conflict/use-conflict';
import type { AccessMutation } from '@/iam';
import { useSession } from '@/components/session/use-session';
import { useCreateWorkspace, getWorkspaceQueryOptions, useUpdateWorkspace } from '@/api/resources/workspaces';
import { useEnterpriseProjects, useProjects } from '@/api/resources/projects';
import { workspaceAsCode } from '@/iam/export/workspace';
import { personaKey } from '@/api/resources/persona';
import { useWorkspaceForm } from '../hooks/use-workspace-form';
import { accessChangeOf } from '../lib/access-change';
import { emptyValues, reapply, serverFieldError, toCreateBody, toUpdateBody, valuesOf, type WorkspaceFormValues } from '../lib/workspace-form';
import { ConflictView } from './conflict-view';
import { WorkspaceFormFields } from './workspace-form-fields';

export type EditorTarget = { kind: 'create' } | { kind: 'edit'; workspace: Workspace };

export interface WorkspaceEditorProps {
  target: EditorTarget;
  onDone: (saved: Workspace) => void;
  onCancel: () => void;
  onBusyChange: (busy: boolean) => void;
  /** The dialog's title follows the conflict state. */
  onConflictChange: (conflict: boolean) => void;
}

export function WorkspaceEditor({ target, onDone, onCancel, onBusyChange, onConflictChange }: WorkspaceEditorProps) {
  const { t } = useTranslation('workspaces');
  const session = useSession();
  const queryClient = useQueryClient();
  const isDefault = target.kind === 'edit' && target.workspace.id === '0';
  const [base, setBase] = useState<WorkspaceFormValues>(() => (target.kind === 'edit' ? valuesOf(target.workspace) : emptyValues()));
  const [version, setVersion] = useState(target.kind === 'edit' ? target.workspace.version : 0);
  const form = useWorkspaceForm(base, target.kind === 'create' ? { kind: 'create' } : { kind: 'edit', isDefault });
  const eps = useEnterpriseProjects();
  const projects = useProjects();
  const create = useCreateWorkspace();
  const update = useUpdateWorkspace();
  const [failure, setFailure] = useState<unknown>(null);
  const { conflict, open: loadLatest, close: closeConflict } = useConflict(() => {
    const id = target.kind === 'edit' ? target.workspace.id : '';
    return queryClient.fetchQuery({ ...getWorkspaceQueryOptions(personaKey(session), session.projectId, id), staleTime: 0 });
  }, onConflictChange);
  const [reapplied, setReapplied] = useState<number | null>(null);
  /** The access change under review before it is saved. */
  const [review, setReview] = useState<AccessMutation | null>(null);
  const pending = create.isPending || update.isPending;

  const onError = (error: unknown) => {
    onBusyChange(false);
    if (error instanceof ApiError && error.status === 409 && target.kind === 'edit') {
      void loadLatest();
      return;
    }
    const located = error instanceof ApiError && error.status === 400 ? serverFieldError(error.message) : null;
    if (located) {
      form.setServerError({ ...located, message: error instanceof Error ? error.message : '' });
      return;
    }
    setFailure(error);
    notifyError(target.kind === 'create' ? t('create.failed') : t('edit.failed'), error);
  };

  const save = () => {
    form.attempt();
    if (form.invalidField || pending) return;
    const change = target.kind === 'edit' ? accessChangeOf(target.workspace.id, base, form.values) : null;
    if (change) setReview(change);
    else commit();
  };

  const commit = () => {
    setReview(null);
    setFailure(null);
    setReapplied(null);
    onBusyChange(true);
    const onSuccess = (saved: Workspace) => {
      onBusyChange(false);
      notifySuccess(target.kind === 'create' ? t('create.success', { name: saved.name }) : t('edit.success', { name: saved.name }));
      onDone(saved);
    };
    if (target.kind === 'create') create.mutate(toCreateBody(form.values), { onSuccess, onError });
    else update.mutate({ id: target.workspace.id, body: toUpdateBody(form.values, version, isDefault) }, { onSuccess, onError });
  };

  if (conflict) {
    if (!conflict.server) return <ConflictPending conflict={conflict} onRetry={() => void loadLatest()} />;
    const server = conflict.server;
    const adopt = (values: WorkspaceFormValues) => {
      setBase(valuesOf(server));
      setVersion(server.version);
      form.setValues(values);
      closeConflict();
    };
    return (
      <ConflictView
        base={base}
        baseVersion={version}
        mine={form.values}
        server={server}
        onBack={closeConflict}
        onDiscard={() => adopt(valuesOf(server))}
        onReapply={() => {
          adopt(reapply(base, form.values, valuesOf(server)));
          setReapplied(server.version);
        }}
      />
    );
  }

  if (review && target.kind === 'edit') {
    return (
      <ConsequenceConfirm
        message={t('edit.reviewAccess', { name: form.values.name.trim() || target.workspace.name })}
        mutation={review}
        workspaceId={target.workspace.id}
        confirmLabel={t('action.save')}
        cancelLabel={t('action.back')}
        onConfirm={commit}
        onCancel={() => setReview(null)}
        exportAs={(format) => {
          const v = form.values;
          return workspaceAsCode(
            {
              title: `${t('form.editTitle')}: ${v.name.trim() || target.workspace.name}`,
              region: { projectId: session.projectId, name: projects.data?.find((p) => p.id === session.projectId)?.name ?? session.projectId },
              workspace: { id: target.workspace.id, name: v.name.trim(), description: v.description, enterpriseProjectId: v.enterpriseProjectId, authType: v.authType, grants: v.grants },
              isDefault,
            },
            format,
          );
        }}
      />
    );
  }

  const fieldNames = Object.keys(form.errors).map((f) => t(`form.${f === 'grants' ? 'authorizedUsers' : f}`));

  return (
    <Stack gap="md">
      {reapplied !== null ? (
        <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} aria-hidden />} role="status">
          {t('conflict.reapplied', { version: reapplied })}
        </Alert>
      ) : null}
      {eps.isError ? <ErrorAlert error={eps.error} onRetry={() => void eps.refetch()} /> : null}
      {eps.data ? (
        <WorkspaceFormFields
          values={form.values}
          onChange={form.change}
          onBlur={form.touch}
          errors={form.shown}
          serverMessage={form.serverError?.message}
          enterpriseProjects={eps.data}
          mode={target.kind}
          isDefault={isDefault}
          disabled={pending}
        />
      ) : eps.isError ? null : (
        <Skeleton height={280} aria-label={t('form.loadingOptions')} />
      )}
      {failure ? <ErrorAlert error={failure} title={target.kind === 'create' ? t('create.failed') : t('edit.failed')} /> : null}
      <Stack gap={4}>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={pending}>
            {t('action.cancel')}
          </Button>
          <Button variant="filled" onClick={save} loading={pending} disabled={!eps.data} aria-describedby={fieldNames.length ? 'workspace-form-hint' : undefined}>
            {failure ? t('action.retry') : target.kind === 'create' ? t('action.submitCreate') : t('action.save')}
          </Button>
        </Group>
        {fieldNames.length > 0 && eps.data ? (
          <Text size="xs" c="dimmed" ta="right" id="workspace-form-hint">
            {t('form.fixFields', { fields: fieldNames.join(', ') })}
          </Text>
        ) : null}
      </Stack>
    </Stack>
  );
}
