/**
 * Signs in at start (the stored persona, else the account), shows progress or what failed, and
 * offers `switchPersona` to the shell. Switching re-signs in and resets every query, so the whole
 * console obeys the new user. A 401 from any query (token lost after a reset or import) signs in
 * again once and refetches. When signing in fails, the screen offers a retry, the account, and a
 * demo reset (./demo-reset.tsx) so a demo can always recover.
 */
import { Alert, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/api/client';
import { getSession } from '@/api/session';
import { describeError, errorLine } from '@/components/feedback/describe-error';
import { notifyError, notifySuccess } from '@/components/feedback/notify';
import { storedAccountName } from '@/components/session/account';
import { DemoReset } from './demo-reset';
import { signIn } from './sign-in';

interface PersonaContextValue {
  /** Re-signs in as `userName` (null = the account) and resets all cached data. */
  switchPersona: (userName: string | null) => Promise<boolean>;
  switching: boolean;
}

const PersonaContext = createContext<PersonaContextValue | null>(null);

export function usePersonaSwitch(): PersonaContextValue {
  const ctx = useContext(PersonaContext);
  if (!ctx) throw new Error('usePersonaSwitch needs <SessionGate>');
  return ctx;
}

/** For tests and stories: a context whose switch calls `onSwitch`. */
export function PersonaSwitchProvider({ value, children }: { value: PersonaContextValue; children: ReactNode }) {
  return <PersonaContext.Provider value={value}>{children}</PersonaContext.Provider>;
}

type State = { status: 'signing-in' } | { status: 'ready' } | { status: 'error'; error: unknown; name: string | null };

/** Whether a failed persona sign-in should fall back to the account (the user no longer exists). */
function isUnknownUser(error: unknown): boolean {
  return error instanceof ApiError && [400, 401, 404].includes(error.status);
}

async function resetData(queryClient: QueryClient) {
  queryClient.getMutationCache().clear();
  queryClient.removeQueries({ type: 'inactive' });
  await queryClient.resetQueries();
}

export function SessionGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation('shell');
  const queryClient = useQueryClient();
  const [state, setState] = useState<State>({ status: 'signing-in' });
  const [switching, setSwitching] = useState(false);
  const lastResign = useRef(0);

  const start = useCallback(async (persona: string | null) => {
    setState({ status: 'signing-in' });
    try {
      await signIn(persona);
      setState({ status: 'ready' });
    } catch (error) {
      if (persona !== null && isUnknownUser(error)) {
        try {
          await signIn(null);
          setState({ status: 'ready' });
          notifyError(t('persona.switchFailed', { name: persona }), error);
          return;
        } catch (accountError) {
          setState({ status: 'error', error: accountError, name: null });
          return;
        }
      }
      setState({ status: 'error', error, name: persona });
    }
  }, [t]);

  useEffect(() => {
    void start(getSession().userName);
  }, [start]);

  // A 401 anywhere: the token is gone (e.g. after a reset). Sign in again, at most every 5 s.
  useEffect(() => {
    return queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'error') return;
      const error = event.action.error;
      if (!(error instanceof ApiError) || error.status !== 401) return;
      const now = Date.now();
      if (now - lastResign.current < 5000) return;
      lastResign.current = now;
      const persona = getSession().userName;
      void signIn(persona)
        .catch(() => signIn(null))
        .then(() => queryClient.invalidateQueries())
        .catch((e: unknown) => setState({ status: 'error', error: e, name: persona }));
    });
  }, [queryClient]);

  const switchPersona = useCallback(
    async (userName: string | null) => {
      setSwitching(true);
      try {
        const who = await signIn(userName);
        await resetData(queryClient);
        notifySuccess(t('persona.switched', { name: who.userName }));
        return true;
      } catch (error) {
        notifyError(t('persona.switchFailed', { name: userName ?? storedAccountName() }), error);
        return false;
      } finally {
        setSwitching(false);
      }
    },
    [queryClient, t],
  );

  const value = useMemo(() => ({ switchPersona, switching }), [switchPersona, switching]);

  if (state.status === 'signing-in') {
    return (
      <Center h="100vh">
        <Group gap="sm" role="status">
          <Loader size="sm" />
          <Text>{t('start.signingIn')}</Text>
        </Group>
      </Center>
    );
  }
  if (state.status === 'error') {
    return (
      <Center h="100vh" p="md">
        <main>
          <Alert color="red" variant="light" title={<Title order={1} fz="md" fw={700} c="inherit">{t('start.signInFailedTitle')}</Title>} maw={560} role="alert">
            <Stack gap="sm">
              <Text size="sm">{t('start.signInFailed', { name: state.name ?? storedAccountName() })}</Text>
              <Text size="sm">{errorLine(describeError(state.error))}</Text>
              <Group>
                <Button color="red" onClick={() => void start(state.name)}>
                  {t('common:action.retry')}
                </Button>
                {state.name !== null ? (
                  <Button variant="default" onClick={() => void start(null)}>
                    {t('start.signInAsAccount')}
                  </Button>
                ) : null}
              </Group>
              <DemoReset onDone={() => void resetData(queryClient).then(() => start(null))} />
            </Stack>
          </Alert>
        </main>
      </Center>
    );
  }
  return <PersonaContext.Provider value={value}>{children}</PersonaContext.Provider>;
}
