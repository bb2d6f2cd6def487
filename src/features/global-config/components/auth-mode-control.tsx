/**
 * Authorization Mode: a radio group "Authorization Mode" (Strict / Non-strict). A change asks
 * for confirmation with the consequence (seed 000's wording), then PUTs /v1/auth-mode.
 */
import { Alert, Button, Group, Modal, Radio, Skeleton, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthModeValue } from '@/api/contracts/modelarts';
import { ErrorAlert, notifyError, notifySuccess } from '@/components';
import { useAuthMode } from '../api/get-auth-mode';
import { useUpdateAuthMode } from '../api/update-auth-mode';

/**
 * EXTENSION POINT (analyzer issue): renders, inside the confirmation dialog, the users who gain
 * or lose ModelArts access with the new mode (their verdict for `modelarts:notebook:list` in the
 * default workspace and current region changes). `src/app` passes the analyzer's component
 * through `GlobalConfigPage`'s `renderAuthModeImpact` prop; until then nothing is rendered.
 */
// The impact list runs the engine over the organisation: loaded when the dialog opens.
const AuthModeImpact = lazy(() => import('./auth-mode-impact').then((m) => ({ default: m.AuthModeImpact })));

export type RenderAuthModeImpact = (change: { from: AuthModeValue; to: AuthModeValue }) => ReactNode;

export function AuthModeControl({ renderImpact }: { renderImpact?: RenderAuthModeImpact }) {
  const { t } = useTranslation('global-config');
  const mode = useAuthMode();
  const update = useUpdateAuthMode();
  const [pending, setPending] = useState<AuthModeValue | null>(null);
  const current = mode.data?.mode;
  const label = (m: AuthModeValue) => t(m === 'strict' ? 'mode.strict' : 'mode.loose');

  if (mode.isError) return <ErrorAlert error={mode.error} title={t('mode.loadError')} onRetry={() => void mode.refetch()} retrying={mode.isFetching} />;

  const confirm = () => {
    if (!pending) return;
    const to = pending;
    setPending(null);
    update.mutate(to, {
      onSuccess: () => notifySuccess(t('mode.changed', { mode: label(to) })),
      onError: (e) => notifyError(t('mode.failed'), e),
    });
  };

  return (
    <>
      {mode.isPending ? (
        <Stack gap={6}>
          <Text size="sm" fw={500}>
            {t('mode.label')}
          </Text>
          <Skeleton height={20} width={220} />
        </Stack>
      ) : (
        <Radio.Group
          label={t('mode.label')}
          description={t('mode.description')}
          value={current ?? null}
          onChange={(v) => {
            if (v !== current) setPending(v as AuthModeValue);
          }}
        >
          <Group mt={6} gap="lg">
            <Radio value="strict" label={t('mode.strict')} disabled={update.isPending} />
            <Radio value="loose" label={t('mode.loose')} disabled={update.isPending} />
          </Group>
        </Radio.Group>
      )}

      <Modal opened={pending !== null} onClose={() => setPending(null)} title={pending ? t('mode.confirmTitle', { mode: label(pending) }) : ''} centered size="lg">
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
              <Button variant="default" onClick={() => setPending(null)}>
                {t('action.cancel')}
              </Button>
              <Button onClick={confirm} data-autofocus>
                {t('action.confirm')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </>
  );
}
