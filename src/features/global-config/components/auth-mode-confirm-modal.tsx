/** The authorization-mode confirmation: the consequence of the new mode, who gains or loses access, Confirm. */
import { Alert, Button, Group, Modal, Skeleton, Stack, Text } from '@mantine/core';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthModeValue } from '@/api/contracts/modelarts';

/**
 * EXTENSION POINT (analyzer issue): renders, inside the confirmation dialog, the users who gain
 * or lose ModelArts access with the new mode (their verdict for `modelarts:notebook:list` in the
 * default workspace and current region changes). `src/app` passes the analyzer's component
 * through `GlobalConfigPage`'s `renderAuthModeImpact` prop; until then nothing is rendered.
 */
export type RenderAuthModeImpact = (change: { from: AuthModeValue; to: AuthModeValue }) => ReactNode;

// The impact list runs the engine over the organisation: loaded when the dialog opens.
const AuthModeImpact = lazy(() => import('./auth-mode-impact').then((m) => ({ default: m.AuthModeImpact })));

export interface AuthModeConfirmModalProps {
  /** The mode asked for; null = closed. */
  pending: AuthModeValue | null;
  current: AuthModeValue | undefined;
  renderImpact?: RenderAuthModeImpact;
  onCancel: () => void;
  onConfirm: () => void;
}

export function AuthModeConfirmModal({ pending, current, renderImpact, onCancel, onConfirm }: AuthModeConfirmModalProps) {
  const { t } = useTranslation('global-config');
  const label = (m: AuthModeValue) => t(m === 'strict' ? 'mode.strict' : 'mode.loose');
  return (
    <Modal opened={pending !== null} onClose={onCancel} title={pending ? t('mode.confirmTitle', { mode: label(pending) }) : ''} centered size="lg">
      {pending ? (
        <Stack gap="sm">
          <Text size="sm">{pending === 'strict' ? t('mode.strictBody') : t('mode.looseBody')}</Text>
          <Alert variant="light" color="blue">
            <Text size="sm">{t('mode.recommend')}</Text>
          </Alert>
          {current ? (
            renderImpact ? (
              renderImpact({ from: current, to: pending })
            ) : (
              <Suspense fallback={<Skeleton height={48} />}>
                <AuthModeImpact change={{ from: current, to: pending }} />
              </Suspense>
            )
          ) : null}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onCancel}>
              {t('action.cancel')}
            </Button>
            <Button onClick={onConfirm} data-autofocus>
              {t('action.confirm')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
