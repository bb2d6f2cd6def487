/**
 * Every provider the app needs: Mantine (theme, colour scheme), notifications, react-query, i18n.
 * Confirmation dialogs (<ConfirmDialogs />) render inside <main> (shell/app-shell-layout.tsx).
 */
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { createTheme, MantineProvider, mergeThemeOverrides } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { i18n } from '@/i18n';
import notificationClasses from './notifications.module.css';
import { colorSchemeManager, cssVariablesResolver, PORTAL_ID, theme } from './theme';

/** Close buttons of notifications, modals, drawers and alerts get a name in the current language. */
export function useLocalizedTheme() {
  const { t, i18n: instance } = useTranslation('common');
  const close = t('action.close');
  return useMemo(() => {
    const closeButtonProps = { 'aria-label': close };
    return mergeThemeOverrides(
      theme,
      createTheme({
        components: {
          Notification: {
            defaultProps: { closeButtonProps },
            // Mantine's description grey (gray.6) is 3.3:1 on white.
            styles: { description: { color: 'var(--mantine-color-dimmed)' } },
          },
          // Portalled into <main> (#console-portal, shell/app-shell-layout.tsx): a dialog's <header>
          // there is no second banner landmark and its content stays inside landmarks (axe).
          // Mantine's fixed `inner` container sets no `left`: inside <main> it would start after the
          // navigation, so it is pinned to the viewport's left edge.
          Modal: { defaultProps: { closeButtonProps, portalProps: { target: `#${PORTAL_ID}` } }, styles: { inner: { left: 0 } } },
          Drawer: { defaultProps: { closeButtonProps, portalProps: { target: `#${PORTAL_ID}` } }, styles: { inner: { left: 0 } } },
          Alert: { defaultProps: { closeButtonLabel: close } },
        },
      }),
    );
    // The language decides the label.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [close, instance.language]);
}

// The notification container (and react-transition-group) loads after the first paint
// (scripts/check-bundle.mjs). `notifications.show` writes to a store that exists without it: what is
// shown before it loads appears once it mounts.
const Notifications = lazy(() => import('./notifications-container').then((m) => ({ default: m.Notifications })));

function LocalizedMantine({ children }: { children: ReactNode }) {
  const localized = useLocalizedTheme();
  return (
    <MantineProvider theme={localized} colorSchemeManager={colorSchemeManager} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      {children}
    </MantineProvider>
  );
}

export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <LocalizedMantine>
        <Suspense fallback={null}>
          <Notifications position="top-right" limit={4} classNames={{ root: notificationClasses.root }} />
        </Suspense>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </LocalizedMantine>
    </I18nextProvider>
  );
}
