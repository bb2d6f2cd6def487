/**
 * A confirmation of a mutation that changes access, as a promise (like confirmAction):
 * `if (await confirmConsequences({ title, message, mutation })) doIt()`. The dialog shows the
 * consequence preview of `mutation` on the whole organisation; Confirm waits, disabled with a
 * progress indicator, until the preview is computed (or could not be: then the dialog says so
 * and Confirm is available, the admin decides without it). With `exportAs`, the same change can be
 * copied as Terraform / KooCLI instead.
 */
import { Button, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessMutation } from '@/iam';
import { i18n } from '@/i18n';
import { CodeExport, type CodeFormat } from '../export/code-export';
import { modalsReady, type ConfirmOptions } from '../feedback/confirm';
import { ConsequencePreview } from './consequence-preview';
import { useConsequencePreview } from './use-consequence-preview';

export interface ConsequenceConfirmProps {
  message: ReactNode;
  mutation: AccessMutation | null;
  /** Evaluate in this workspace (a change to one workspace, or the analyzer's chosen one) rather than the console's current one. */
  workspaceId?: string | undefined;
  /** Evaluate in this region project (the analyzer's chosen one) rather than the console's current one. */
  projectId?: string | undefined;
  confirmLabel?: string;
  cancelLabel?: string;
  danger?: boolean;
  /** The change as code in a format: shows Copy as Terraform / KooCLI. */
  exportAs?: ((format: CodeFormat) => string) | undefined;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The body of a confirmation with a consequence preview (also usable inside a feature's own Modal). */
export function ConsequenceConfirm({ message, mutation, workspaceId, projectId, confirmLabel, cancelLabel, danger, exportAs, onConfirm, onCancel }: ConsequenceConfirmProps) {
  const { t } = useTranslation('common');
  const state = useConsequencePreview(mutation, { workspaceId, projectId });
  return (
    <Stack gap="sm">
      {typeof message === 'string' ? <Text size="sm">{message}</Text> : message}
      <ConsequencePreview state={state} />
      {exportAs ? <CodeExport generate={exportAs} /> : null}
      <Group justify="flex-end" mt="sm">
        <Button variant="default" onClick={onCancel}>
          {cancelLabel ?? t('action.cancel')}
        </Button>
        <Button color={danger ? 'red' : undefined} onClick={onConfirm} disabled={state.status === 'loading'} loading={state.status === 'loading'} data-autofocus>
          {confirmLabel ?? t('action.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}

export async function confirmConsequences(
  options: ConfirmOptions & { mutation: AccessMutation; target?: { projectId?: string | undefined; workspaceId?: string | undefined }; exportAs?: (format: CodeFormat) => string },
): Promise<boolean> {
  const modals = await modalsReady;
  return new Promise((resolve) => {
    let settled = false;
    const id = `consequences-${Math.random().toString(36).slice(2)}`;
    const settle = (v: boolean) => {
      if (settled) return;
      settled = true;
      resolve(v);
      modals.close(id);
    };
    modals.open({
      modalId: id,
      title: options.title,
      centered: true,
      size: 'lg',
      onClose: () => settle(false),
      children: (
        <ConsequenceConfirm
          message={options.message}
          mutation={options.mutation}
          projectId={options.target?.projectId}
          workspaceId={options.target?.workspaceId}
          confirmLabel={options.confirmLabel ?? i18n.t('common:action.confirm')}
          cancelLabel={options.cancelLabel}
          danger={options.danger}
          exportAs={options.exportAs}
          onConfirm={() => settle(true)}
          onCancel={() => settle(false)}
        />
      ),
    });
  });
}
