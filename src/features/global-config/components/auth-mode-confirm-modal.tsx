/**
 * The authorization-mode confirmation: the consequence of the new mode (seed 000's wording) and
 * who gains or loses access across the organisation (the shared consequence preview: per
 * ModelArts function and per action). Confirm waits, with a progress indicator, until it is
 * worked out. Mounted with the page (closed), it warms the preview on idle (PreviewWarmup), and
 * has the switch to the other mode computed ahead.
 */
import { Alert, Modal, Stack, Text } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthModeValue } from '@/api/contracts/modelarts';
import { ConsequenceConfirm } from '@/components';
import PreviewWarmup from '@/components/consequence/preview-warmup';
import type { AccessMutation, Snapshot } from '@/iam';
import { authModeAsCode } from '@/iam/export/workspace';

/** The preview an administrator on this page asks for: the switch to the other mode. */
const expectModeSwitch = (snapshot: Snapshot): AccessMutation[] => [{ kind: 'setMode', authMode: snapshot.authMode === 'strict' ? 'loose' : 'strict' }];

/** Optional extra content inside the dialog (src/app may pass one through GlobalConfigPage). */
export type RenderAuthModeImpact = (change: { from: AuthModeValue; to: AuthModeValue }) => ReactNode;

export interface AuthModeConfirmModalProps {
  /** The mode asked for; null = closed. */
  pending: AuthModeValue | null;
  current: AuthModeValue | undefined;
  renderImpact?: RenderAuthModeImpact;
  onCancel: () => void;
  onConfirm: () => void;
}

export default function AuthModeConfirmModal({ pending, current, renderImpact, onCancel, onConfirm }: AuthModeConfirmModalProps) {
  const { t } = useTranslation('global-config');
  const label = (m: AuthModeValue) => t(m === 'strict' ? 'mode.strict' : 'mode.loose');
  const mutation = useMemo<AccessMutation | null>(() => (pending === null ? null : { kind: 'setMode', authMode: pending }), [pending]);
  return (
    <>
      <PreviewWarmup expect={expectModeSwitch} />
      <Modal opened={pending !== null} onClose={onCancel} title={pending ? t('mode.confirmTitle', { mode: label(pending) }) : ''} centered size="lg">
        {pending ? (
          <ConsequenceConfirm
            mutation={mutation}
            confirmLabel={t('action.confirm')}
            cancelLabel={t('action.cancel')}
            onCancel={onCancel}
            onConfirm={onConfirm}
            exportAs={(format) => authModeAsCode({ title: t('mode.confirmTitle', { mode: label(pending) }), mode: pending }, format)}
            message={
              <Stack gap="sm">
                <Text size="sm">{pending === 'strict' ? t('mode.strictBody') : t('mode.looseBody')}</Text>
                <Alert variant="light" color="blue">
                  <Text size="sm">{t('mode.recommend')}</Text>
                </Alert>
                {current && renderImpact ? renderImpact({ from: current, to: pending }) : null}
              </Stack>
            }
          />
        ) : null}
      </Modal>
    </>
  );
}
