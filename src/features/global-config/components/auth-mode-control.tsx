/**
 * Authorization Mode: a radio group "Authorization Mode" (Strict / Non-strict). A change asks
 * for confirmation with the consequence (seed 000's wording), then PUTs /v1/auth-mode.
 */
import { Group, Radio, Skeleton, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthModeValue } from '@/api/contracts/modelarts';
import { ErrorAlert } from '@/components/feedback/error-alert';
import { notifyError, notifySuccess } from '@/components/feedback/notify';
import { useAuthMode, useUpdateAuthMode } from '@/api/resources/auth-mode';
import type { RenderAuthModeImpact } from './auth-mode-confirm-modal';

export type { RenderAuthModeImpact };

// The confirmation (Mantine's Modal, the consequence preview and its warm-up) loads after the
// page (first-route budget, scripts/check-bundle.mjs) and stays mounted: it warms the preview on
// idle, so the first switch does not wait for it, and it closes with its transition.
const AuthModeConfirmModal = lazy(() => import('./auth-mode-confirm-modal'));

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
            if (v === current) return;
            setPending(v as AuthModeValue);
          }}
        >
          <Group mt={6} gap="lg">
            <Radio value="strict" label={t('mode.strict')} disabled={update.isPending} />
            <Radio value="loose" label={t('mode.loose')} disabled={update.isPending} />
          </Group>
        </Radio.Group>
      )}

      <Suspense fallback={null}>
        <AuthModeConfirmModal pending={pending} current={current} renderImpact={renderImpact} onCancel={() => setPending(null)} onConfirm={confirm} />
      </Suspense>
    </>
  );
}
