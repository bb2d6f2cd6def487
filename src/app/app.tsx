/** The application: providers, sign-in, router. */
import type { QueryClient } from '@tanstack/react-query';
import { AppProviders } from './providers';
import { AppRouter } from './router';
import { SessionGate } from './session/session-gate';

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <AppProviders queryClient={queryClient}>
      <SessionGate>
        <AppRouter />
      </SessionGate>
    </AppProviders>
  );
}
