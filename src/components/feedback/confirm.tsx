/**
 * Confirmation dialogs as a promise: `if (await confirmAction({...})) doIt()`.
 * Needs `<ModalsProvider>` (src/app/providers.tsx; src/testing/render.tsx).
 */
import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import type { ReactNode } from 'react';
import { i18n } from '@/i18n';

export interface ConfirmOptions {
  title: ReactNode;
  /** The consequence, in plain words. A string becomes a paragraph. */
  message: ReactNode;
  confirmLabel?: string;
  cancelLabel?: string;
  /** Red confirm button for destructive actions. */
  danger?: boolean;
}

export function confirmAction({ title, message, confirmLabel, cancelLabel, danger }: ConfirmOptions): Promise<boolean> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (v: boolean) => {
      if (!settled) {
        settled = true;
        resolve(v);
      }
    };
    modals.openConfirmModal({
      title,
      centered: true,
      children: typeof message === 'string' ? <Text size="sm">{message}</Text> : message,
      labels: {
        confirm: confirmLabel ?? i18n.t('common:action.confirm'),
        cancel: cancelLabel ?? i18n.t('common:action.cancel'),
      },
      confirmProps: { color: danger ? 'red' : undefined, variant: 'filled' },
      cancelProps: { variant: 'default' },
      onConfirm: () => settle(true),
      onCancel: () => settle(false),
      onClose: () => settle(false),
    });
  });
}
