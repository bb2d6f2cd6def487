/** The console frame: header, navigation with the workspace switcher, and the page. */
import { AppShell, Box, Center, Loader, ScrollArea, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { ConfirmDialogs } from '@/components/feedback/confirm';
import { useDemoGuideShown } from '@/components/session/demo-guide-state';
import { useSession } from '@/components/session/use-session';
import { PORTAL_ID } from '../theme';
import { AppHeader } from './app-header';
import { Navigation } from './navigation';
import { RouteErrorBoundary } from './route-error-boundary';
import { WorkspaceAccessAlert } from './workspace-access-alert';
import { WorkspaceSwitcher } from './workspace-switcher';
import classes from './app-shell-layout.module.css';

/** The demo guide, until dismissed: a chunk of its own, loaded after the page. */
const DemoGuide = lazy(() => import('@/features/settings/components/demo-guide'));

export function PageLoader() {
  const { t } = useTranslation('common');
  return (
    <Center py="xl" role="status">
      <Loader size="sm" aria-hidden />
      <VisuallyHidden>{t('state.loading')}</VisuallyHidden>
    </Center>
  );
}

export function AppShellLayout() {
  const { t } = useTranslation('shell');
  const [opened, { toggle, close }] = useDisclosure(false);
  const { userId } = useSession();
  const { pathname } = useLocation();
  const guideShown = useDemoGuideShown();
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="lg">
      <a href="#main-content" className={classes.skipLink}>
        {t('skipToContent')}
      </a>
      <AppShell.Header component="header">
        <AppHeader navOpened={opened} onToggleNav={toggle} />
      </AppShell.Header>
      <AppShell.Navbar p="sm" component="nav" aria-label={t('nav.label')}>
        <Box mb="md">
          <WorkspaceSwitcher onNavigate={close} />
        </Box>
        <ScrollArea type="auto" offsetScrollbars>
          <Navigation onNavigate={close} />
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1}>
        <WorkspaceAccessAlert />
        {guideShown ? (
          <Suspense fallback={null}>
            <DemoGuide />
          </Suspense>
        ) : null}
        {/* A persona switch remounts the page: nothing of the previous user stays on screen. */}
        <RouteErrorBoundary resetKey={pathname}>
          <Suspense fallback={<PageLoader />} key={userId ?? 'anonymous'}>
            <Outlet />
          </Suspense>
        </RouteErrorBoundary>
        <ConfirmDialogs />
        {/* Modals and drawers render here, inside <main> (see providers.tsx). */}
        <div id={PORTAL_ID} />
      </AppShell.Main>
    </AppShell>
  );
}
