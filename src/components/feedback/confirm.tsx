/**
 * Confirmation dialogs as a promise: `if (await confirmAction({...})) doIt()`.
 * Needs `<ConfirmDialogs />` mounted once (src/app/shell/app-shell-layout.tsx; src/testing/render.tsx).
 * It loads `@mantine/modals` (and Mantine's Modal) after the first paint (scripts/check-bundle.mjs);
 * a confirmation asked before that opens as soon as it has loaded.
 */
import { Text } from '@mantine/core';
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { i18n } from '@/i18n';

type Modals = (typeof import('@mantine/modals'))['modals'];

let markReady: (modals: Modals) => void = () => {};
/** Resolves once a ModalsProvider listens for `modals.openConfirmModal`. */
export const modalsReady = new Promise<Modals>((resolve) => {
  markReady = resolve;
});

const ModalsHost = lazy(() =>
  import('@mantine/modals').then(({ ModalsProvider, modals }) => ({
    default: function ModalsHost() {
      // The provider subscribes in a layout effect, before this effect runs.
      useEffect(() => markReady(modals), []);
      return <ModalsProvider />;
    },
  })),
);

/** Where confirmation dialogs render: inside <main> and every app context (router, query, i18n). */
export function ConfirmDialogs() {
  return (
    <Suspense fallback={null}>
      <ModalsHost />
    </Suspense>
  );
}

export interface ConfirmOptions {
  title: ReactNode;
  /** The consequence, in plain words. A string becomes a paragraph. */
  message: ReactNode;
  confirmLabel?: string;
  cancelLabel?: string;
  /** Red confirm button for destructive actions. */
  danger?: boolean;
}

export async function confirmAction({ title, message, confirmLabel, cancelLabel, danger }: ConfirmOptions): Promise<boolean> {
  const modals = await modalsReady;
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
