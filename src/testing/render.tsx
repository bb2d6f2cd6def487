/**
 * Render helper for component tests: MantineProvider env="test" (no transitions, no portals),
 * confirmation dialogs, Notifications, a fresh QueryClient (no retries), i18n in English, MemoryRouter.
 *
 *   const { user } = renderWithProviders(<Page />, { route: '/demo-data?workspace=0' });
 */
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderOptions, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ReactElement, ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes, useLocation, type Location } from 'react-router';
import { i18n } from '@/i18n';
import { useLocalizedTheme } from '@/app/providers';
import { ConfirmDialogs } from '@/components/feedback/confirm';

export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity, staleTime: 0 }, mutations: { retry: false } },
  });
}

export interface ProvidersOptions {
  route?: string;
  /** The route pattern the element is mounted at (default "*"). */
  path?: string;
  queryClient?: QueryClient;
  language?: 'en' | 'zh';
}

/** Records the router location so tests can assert on `?workspace=`. */
export const lastLocation: { current: Location | null } = { current: null };
function LocationProbe() {
  lastLocation.current = useLocation();
  return null;
}

function TestMantine({ children }: { children: ReactNode }) {
  const theme = useLocalizedTheme();
  return (
    <MantineProvider theme={theme} env="test">
      {children}
    </MantineProvider>
  );
}

export function TestProviders({ children, route = '/', path = '*', queryClient }: ProvidersOptions & { children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <TestMantine>
        <Notifications />
        <QueryClientProvider client={queryClient ?? createTestQueryClient()}>
          <MemoryRouter initialEntries={[route]}>
            <LocationProbe />
            <Routes>
              <Route path={path} element={children} />
            </Routes>
            <ConfirmDialogs />
          </MemoryRouter>
        </QueryClientProvider>
      </TestMantine>
    </I18nextProvider>
  );
}

export function renderWithProviders(
  ui: ReactElement,
  { route, path, queryClient, language = 'en', ...options }: ProvidersOptions & Omit<RenderOptions, 'wrapper'> = {},
): RenderResult & { user: UserEvent; queryClient: QueryClient } {
  void i18n.changeLanguage(language);
  const client = queryClient ?? createTestQueryClient();
  const user = userEvent.setup();
  const result = render(ui, {
    wrapper: ({ children }) => (
      <TestProviders route={route} path={path} queryClient={client}>
        {children}
      </TestProviders>
    ),
    ...options,
  });
  return { ...result, user, queryClient: client };
}
