/**
 * Routes. Every page is a lazy chunk so the first route ships only what it needs.
 * `/` redirects to Global Configuration, keeping `?workspace=`.
 *
 * Declarative routing (<BrowserRouter> + <Routes>) rather than the data router: it is ~17 kB gzip
 * smaller and the first route must stay within 200 kB gzip (scripts/check-bundle.mjs; measured
 * 211.5 kB with createBrowserRouter). No page uses loaders or actions; the policy editor's Back
 * guard, useBlocker's job in a data router, is src/components/navigation/history-guard.ts.
 */
import { lazy } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { i18n } from '@/i18n';
import { lazyPage } from './lazy-page';
import { AppShellLayout } from './shell/app-shell-layout';
import { installHistoryGuard } from '@/components/navigation/history-guard';
import { paths } from '@/components/navigation/paths';

const globalConfig = lazyPage(() => import('@/features/global-config/routes/global-config-page'));
const settings = lazyPage(() => import('@/features/settings/routes/settings-page'));
const policyEditor = lazyPage(() => import('@/features/policies/routes/policy-editor-page'));
const analyzer = lazyPage(() => import('@/features/analyzer/routes/analyzer-page'));
const workspaces = lazyPage(() => import('@/features/workspaces/routes/workspaces-routes'));
const users = lazyPage(() => import('@/features/iam/routes/users-routes'));
const groups = lazyPage(() => import('@/features/iam/routes/groups-routes'));
const agencies = lazyPage(() => import('@/features/iam/routes/agencies-routes'));
const policies = lazyPage(() => import('@/features/policies/routes/policies-page'));
const GlobalConfigPage = globalConfig.Page;
const SettingsPage = settings.Page;
const PolicyEditorPage = policyEditor.Page;
const AnalyzerPage = analyzer.Page;
const WorkspacesRoutes = workspaces.Page;
const UsersRoutes = users.Page;
const GroupsRoutes = groups.Page;
const AgenciesRoutes = agencies.Page;
const PoliciesPage = policies.Page;
const NotFoundPage = lazy(() => import('./pages/not-found-page'));

/** Path prefix → the page's chunk and its translation namespace. */
const PRELOADS: readonly (readonly [prefix: string, preload: () => Promise<unknown>, namespace: string])[] = [
  [paths.globalConfig, globalConfig.preload, 'global-config'],
  [paths.workspaces, workspaces.preload, 'workspaces'],
  [paths.users, users.preload, 'iam'],
  [paths.groups, groups.preload, 'iam'],
  [paths.agencies, agencies.preload, 'iam'],
  [`${paths.policies}/`, policyEditor.preload, 'policy-editor'],
  [paths.policies, policies.preload, 'policies'],
  [paths.analyzer, analyzer.preload, 'analyzer'],
  [paths.demoData, settings.preload, 'settings'],
];

/**
 * Starts loading the page at `pathname` (its chunk and translations) at once, so they arrive while
 * the mock backend starts and signs in (main.tsx) instead of after. A failure is left to the
 * page's lazy() to report when it renders.
 */
export function preloadRoute(pathname: string): void {
  const path = pathname === paths.home ? paths.globalConfig : pathname;
  const hit = PRELOADS.find(([prefix]) => (prefix.endsWith('/') ? path.startsWith(prefix) : path === prefix || path.startsWith(`${prefix}/`)));
  if (!hit) return;
  const [, load, namespace] = hit;
  load().catch(() => {});
  i18n.loadNamespaces(namespace).catch(() => {});
}

/** Redirect that keeps the query string (the `?workspace=` selection). */
function RedirectKeepingSearch({ to }: { to: string }) {
  const { search } = useLocation();
  return <Navigate to={{ pathname: to, search }} replace />;
}

/** The route table, inside any router (BrowserRouter in the app, MemoryRouter in tests). */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<AppShellLayout />}>
        <Route index element={<RedirectKeepingSearch to={paths.globalConfig} />} />
        <Route path="global-config" element={<GlobalConfigPage />} />
        <Route path="workspaces/*" element={<WorkspacesRoutes />} />
        <Route path="iam/users/*" element={<UsersRoutes />} />
        <Route path="iam/groups/*" element={<GroupsRoutes />} />
        <Route path="iam/agencies/*" element={<AgenciesRoutes />} />
        <Route path="iam/policies" element={<PoliciesPage />} />
        <Route path="iam/policies/new" element={<PolicyEditorPage />} />
        <Route path="iam/policies/:id" element={<PolicyEditorPage />} />
        <Route path="analyzer" element={<AnalyzerPage />} />
        <Route path="demo-data" element={<SettingsPage />} />
        <Route path="settings" element={<RedirectKeepingSearch to={paths.demoData} />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

// Before <BrowserRouter> listens to popstate: the editor's Back guard must see it first.
installHistoryGuard();

export function AppRouter() {
  return (
    <BrowserRouter>
      <AppRoutes />
    </BrowserRouter>
  );
}
