/**
 * "Reset demo data" on the sign-in failure screen, so a demo can always recover (docs/api.md,
 * "Console-only endpoints": `POST /__mock/reset` without a token is the one call a signed-out
 * caller may make). The reset forgets the persona and the remembered account name too: what
 * failed to sign in may be exactly those, and the seed's account is acme.
 */
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { postReset } from '@/api/resources/demo-data';
import { setSession } from '@/api/session';
import { forgetAccountName } from '@/components/session/account';
import { describeError, errorLine } from '@/components/feedback/describe-error';

/** Resets the mock backend to the seed as a signed-out caller. */
export async function resetDemoSignedOut(): Promise<void> {
  setSession({ token: null, userName: null, isAdmin: false, isRoot: false });
  forgetAccountName();
  await postReset();
}

type Step = { kind: 'idle' } | { kind: 'confirming' } | { kind: 'running' } | { kind: 'failed'; error: unknown };

/** A two-step button (the screen has no dialog host): Reset demo data → what it discards → Reset. */
export function DemoReset({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('shell');
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  const run = async () => {
    setStep({ kind: 'running' });
    try {
      await resetDemoSignedOut();
      onDone();
    } catch (error) {
      setStep({ kind: 'failed', error });
    }
  };

  if (step.kind === 'idle') {
    return (
      <div>
        <Button variant="default" leftSection={<IconRefresh size={16} aria-hidden />} onClick={() => setStep({ kind: 'confirming' })}>
          {t('start.reset.button')}
        </Button>
      </div>
    );
  }
  const failure = step.kind === 'failed' ? describeError(step.error) : null;
  return (
    <Stack gap="xs" role="group" aria-label={t('start.reset.button')}>
      <Text size="sm">{t('start.reset.body')}</Text>
      {failure ? (
        <Alert color="red" variant="outline" role="alert" title={t('start.reset.failed')}>
          <Text size="sm">{errorLine(failure)}</Text>
        </Alert>
      ) : null}
      {step.kind === 'running' ? (
        <Text size="sm" role="status">
          {t('start.reset.progress')}
        </Text>
      ) : null}
      <Group gap="sm">
        <Button color="red" onClick={() => void run()} loading={step.kind === 'running'}>
          {t('start.reset.confirm')}
        </Button>
        <Button variant="default" onClick={() => setStep({ kind: 'idle' })} disabled={step.kind === 'running'}>
          {t('common:action.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
