/**
 * Routes. Every page is a lazy chunk so the first route ships only what it needs.
 * `/` redirects to Global Configuration, keeping `?workspace=`.
 *
 * Declarative routing (<BrowserRouter> + <Routes>) rather than the data router: it is ~17 kB gzip
 * smaller and the first route must stay within 200 kB gzip (scripts/check-bundle.mjs). No page
 * uses loaders, actions or useBlocker.
 */
import { lazy } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { AppShellLayout } from './shell/app-shell-layout';

const GlobalConfigPage = lazy(() => import('@/features/global-config/routes/global-config-page'));
const SettingsPage = lazy(() => import('@/features/settings/routes/settings-page'));
const PolicyEditorPage = lazy(() => import('@/features/policies/routes/policy-editor-page'));
const AnalyzerPage = lazy(() => import('@/features/analyzer/routes/analyzer-page'));
const WorkspacesRoutes = lazy(() => import('@/features/workspaces/routes/workspaces-routes'));
const UsersRoutes = lazy(() => import('@/features/iam/routes/users-routes'));
const GroupsRoutes = lazy(() => import('@/features/iam/routes/groups-routes'));
const AgenciesRoutes = lazy(() => import('@/features/iam/routes/agencies-routes'));
const PoliciesPage = lazy(() => import('@/features/policies/routes/policies-page'));
const NotAvailablePage = lazy(() => import('./pages/not-available-page'));
const NotFoundPage = lazy(() => import('./pages/not-found-page'));

/** Redirect that keeps the query string (the `?workspace=` selection). */
function RedirectKeepingSearch({ to }: { to: string }) {
  const { search } = useLocation();
  return <Navigate to={{ pathname: to, search }} replace />;
}

/** Pages of later releases: `page` = their navigation label key in `shell.json`. */
export const NOT_YET_AVAILABLE = [] as const;

/** The route table, inside any router (BrowserRouter in the app, MemoryRouter in tests). */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<AppShellLayout />}>
        <Route index element={<RedirectKeepingSearch to="/global-config" />} />
        <Route path="global-config" element={<GlobalConfigPage />} />
        <Route path="workspaces/*" element={<WorkspacesRoutes />} />
        {NOT_YET_AVAILABLE.map(({ path, page }) => (
          <Route key={path} path={path} element={<NotAvailablePage page={page} />} />
        ))}
        <Route path="iam/users/*" element={<UsersRoutes />} />
        <Route path="iam/groups/*" element={<GroupsRoutes />} />
        <Route path="iam/agencies/*" element={<AgenciesRoutes />} />
        <Route path="iam/policies" element={<PoliciesPage />} />
        <Route path="iam/policies/new" element={<PolicyEditorPage />} />
        <Route path="iam/policies/:id" element={<PolicyEditorPage />} />
        <Route path="analyzer" element={<AnalyzerPage />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

export function AppRouter() {
  return (
    <BrowserRouter>
      <AppRoutes />
    </BrowserRouter>
  );
}
