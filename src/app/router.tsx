/**
 * Routes. Every page is a lazy chunk so the first route ships only what it needs.
 * `/` redirects to Global Configuration, keeping `?workspace=`.
 */
import { lazy } from 'react';
import { createBrowserRouter, Navigate, useLocation, type RouteObject } from 'react-router';
import { AppShellLayout } from './shell/app-shell-layout';
import { RouteErrorPage } from './shell/route-error-page';

const GlobalConfigPage = lazy(() => import('@/features/global-config/routes/global-config-page'));
const SettingsPage = lazy(() => import('@/features/settings/routes/settings-page'));
const NotAvailablePage = lazy(() => import('./pages/not-available-page'));
const NotFoundPage = lazy(() => import('./pages/not-found-page'));

/** Redirect that keeps the query string (the `?workspace=` selection). */
function RedirectKeepingSearch({ to }: { to: string }) {
  const { search } = useLocation();
  return <Navigate to={{ pathname: to, search }} replace />;
}

/** Pages of later releases: name = the navigation label key in `shell.json`. */
export const NOT_YET_AVAILABLE = [
  { path: 'workspaces', page: 'workspaces' },
  { path: 'iam/users', page: 'users' },
  { path: 'iam/groups', page: 'groups' },
  { path: 'iam/policies', page: 'policies' },
  { path: 'analyzer', page: 'analyzer' },
] as const;

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShellLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <RedirectKeepingSearch to="/global-config" /> },
      { path: 'global-config', element: <GlobalConfigPage /> },
      ...NOT_YET_AVAILABLE.map(({ path, page }) => ({
        path,
        element: <NotAvailablePage page={page} />,
      })),
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
