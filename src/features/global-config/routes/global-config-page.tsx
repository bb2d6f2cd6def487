/**
 * Global Configuration (route /global-config): who may use ModelArts through which agency, and
 * the authorization mode. Administrators manage; everyone else sees a read-only view.
 */
import { Alert, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconEye, IconPlus, IconSearch, IconTrash, IconX } from '@tabler/icons-react';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError } from '@/api/client';
import { engineUserId, type Authorization } from '@/api/contracts/modelarts';
// Modules, not the '@/components' index: the index brings DataTable (and its Select) into this route.
import type { confirmConsequences as ConfirmConsequences } from '@/components/consequence/confirm-consequences';
import { EmptyState } from '@/components/feedback/empty-state';
import { ErrorAlert } from '@/components/feedback/error-alert';
import { notifyError, notifySuccess } from '@/components/feedback/notify';
import { PageLayout } from '@/components/layout/page-layout';
import { useSession } from '@/components/session/use-session';
import { useClearAuthorizations, useDeleteAuthorization, useAuthorizations } from '@/api/resources/authorizations';
import { useProjects } from '@/api/resources/projects';
import { AuthModeControl, type RenderAuthModeImpact } from '../components/auth-mode-control';
import { AuthorizationTable } from '../components/authorization-table';
import { authorizedToLabel } from '../components/labels';
import { useListParams } from '../hooks/use-list-params';

// Dialogs load on first use: they carry the engine's catalog and most of the form code, which
// the table does not need (first-route budget, scripts/check-bundle.mjs).
/** Opens Add Authorization for this IAM user id (and its name) on arrival. */
export const ADD_FOR_PARAM = 'addAuthorizationFor';
export const ADD_FOR_NAME_PARAM = 'userName';

/**
 * The consequence dialog and the code generator load with their first use (../lib/authorization-dialogs.ts).
 */
const dialogs = () => import('../lib/authorization-dialogs');
const confirmConsequences: typeof ConfirmConsequences = async (options) => (await dialogs()).confirmConsequences(options);
const AddAuthorizationDrawer = lazy(() => import('../components/add-authorization-drawer').then((m) => ({ default: m.AddAuthorizationDrawer })));
const ModifyAuthorizationModal = lazy(() => import('../components/modify-authorization-modal').then((m) => ({ default: m.ModifyAuthorizationModal })));
const ViewPermissionsModal = lazy(() => import('../components/view-permissions-modal').then((m) => ({ default: m.ViewPermissionsModal })));

const SEARCH_DEBOUNCE_MS = 300;

export interface GlobalConfigPageProps {
  /**
   * EXTENSION POINT for the analyzer issue: lists, in the authorization-mode confirmation, the
   * users who gain or lose ModelArts access. `src/app` may pass it; nothing is shown without it.
   */
  renderAuthModeImpact?: RenderAuthModeImpact;
}

export default function GlobalConfigPage({ renderAuthModeImpact }: GlobalConfigPageProps = {}) {
  const { t } = useTranslation('global-config');
  const session = useSession();
  const isAdmin = session.isAdmin;
  const { params, update } = useListParams();

  // Search box: typed text → debounced → URL → query.
  const [searchText, setSearchText] = useState(params.search);
  const [debouncedSearch] = useDebouncedValue(searchText.trim(), SEARCH_DEBOUNCE_MS);
  useEffect(() => {
    if (debouncedSearch !== params.search) update({ search: debouncedSearch, page: 1 });
    // Only react to the typed text; the URL may also change by navigation.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debouncedSearch]);
  useEffect(() => {
    // Back/forward or a shared link changed the URL: show its search.
    if (params.search !== debouncedSearch) setSearchText(params.search);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [params.search]);

  const list = useAuthorizations({
    limit: params.pageSize,
    offset: (params.page - 1) * params.pageSize,
    sort_by: params.sortBy,
    order: params.order,
    search: params.search || undefined,
  });
  const total = list.data?.total_count ?? 0;
  // A page past the end (after deletes, or a stale link): go to the last page.
  useEffect(() => {
    if (list.data && list.data.auth.length === 0 && total > 0 && params.page > 1) update({ page: Math.max(1, Math.ceil(total / params.pageSize)) });
  }, [list.data, total, params.page, params.pageSize, update]);

  // "Add Authorization for <user>" links (scenario readiness, no agency): ?addAuthorizationFor=<id>&userName=<name>.
  const [searchParams, setSearchParams] = useSearchParams();
  const prefillId = searchParams.get(ADD_FOR_PARAM);
  const prefill = prefillId ? { id: prefillId, name: searchParams.get(ADD_FOR_NAME_PARAM) ?? prefillId } : undefined;
  const [adding, setAdding] = useState(prefill !== undefined);
  const closeAdding = () => {
    setAdding(false);
    if (prefill !== undefined) {
      setSearchParams((p) => {
        const next = new URLSearchParams(p);
        next.delete(ADD_FOR_PARAM);
        next.delete(ADD_FOR_NAME_PARAM);
        return next;
      }, { replace: true });
    }
  };
  const [viewing, setViewing] = useState<Authorization | null>(null);
  const [modifying, setModifying] = useState<Authorization | null>(null);
  const del = useDeleteAuthorization();
  const clear = useClearAuthorizations();
  const projects = useProjects();
  const regionName = projects.data?.find((p) => p.id === session.projectId)?.name ?? session.projectId;

  const region = { projectId: session.projectId, name: regionName };
  const onDelete = async (row: Authorization) => {
    const name = authorizedToLabel(row, t);
    const asCode = (await dialogs()).authorizationsAsCode;
    const authorization = { userType: row.user_type, userId: row.user_id, userName: row.user_name, agencyName: row.content };
    const ok = await confirmConsequences({
      title: t('delete.title', { name }),
      message: row.user_type === 'all-users' ? t('delete.bodyAllUsers', { agency: row.content }) : t('delete.body', { name, agency: row.content }),
      confirmLabel: t('action.delete'),
      cancelLabel: t('action.cancel'),
      danger: true,
      mutation: { kind: 'deleteAuthorization', userId: engineUserId(row), projectId: session.projectId },
      exportAs: (format) => asCode({ title: t('delete.title', { name }), domainId: session.domainId ?? '', region, change: { kind: 'delete', row: authorization } }, format),
    });
    if (!ok) return;
    del.mutate(row.user_id, {
      onSuccess: () => notifySuccess(t('delete.success', { name })),
      onError: (e) => notifyError(t('delete.failed', { name }), e),
    });
  };

  const onClear = async () => {
    const asCode = (await dialogs()).authorizationsAsCode;
    const ok = await confirmConsequences({
      title: t('clear.title', { region: regionName }),
      message: t('clear.body', { region: regionName }),
      confirmLabel: t('clear.confirm'),
      cancelLabel: t('action.cancel'),
      danger: true,
      mutation: { kind: 'clearAuthorizations', projectId: session.projectId },
      exportAs: (format) => asCode({ title: t('clear.title', { region: regionName }), domainId: session.domainId ?? '', region, change: { kind: 'clear' } }, format),
    });
    if (!ok) return;
    clear.mutate(undefined, {
      onSuccess: () => notifySuccess(t('clear.success', { region: regionName })),
      onError: (e) => notifyError(t('clear.failed'), e),
    });
  };

  const onSort = (field: typeof params.sortBy) =>
    update({ sortBy: field, order: params.sortBy === field && params.order === 'asc' ? 'desc' : 'asc', page: 1 });

  const forbidden = list.error instanceof ApiError && list.error.status === 403;
  const addButton = (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
      {t('action.add')}
    </Button>
  );

  return (
    <PageLayout title={t('title')} description={t('help')}>
      {!isAdmin ? (
        <Alert color="blue" variant="light" icon={<IconEye size={20} aria-hidden />} title={t('readOnly.title')}>
          <Text size="sm">{t('readOnly.body')}</Text>
        </Alert>
      ) : null}

      {isAdmin ? (
        <Paper withBorder p="md" radius="md">
          <AuthModeControl renderImpact={renderAuthModeImpact} />
        </Paper>
      ) : null}

      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('region', { region: regionName })}
        </Text>
        <Group justify="space-between" wrap="wrap" gap="sm">
          {isAdmin ? (
            <Group gap="sm">
              {addButton}
              <Button variant="default" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => void onClear()} disabled={total === 0 && !params.search} loading={clear.isPending}>
                {t('action.clear')}
              </Button>
            </Group>
          ) : (
            <span />
          )}
          <TextInput
            aria-label={t('search.label')}
            placeholder={t('search.placeholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={searchText}
            onChange={(e) => setSearchText(e.currentTarget.value)}
            maxLength={64}
            w={{ base: '100%', xs: 280 }}
            type="search"
          />
        </Group>

        {list.isError && !list.data ? (
          <ErrorAlert
            error={list.error}
            title={t('error.load')}
            onRetry={() => void list.refetch()}
            retrying={list.isFetching}
          />
        ) : (
          <>
            {list.isError ? <ErrorAlert error={list.error} title={t('error.load')} onRetry={() => void list.refetch()} retrying={list.isFetching} /> : null}
            <AuthorizationTable
              rows={list.data?.auth ?? []}
              total={total}
              loading={list.isPending}
              fetching={list.isFetching && list.isPlaceholderData}
              sortBy={params.sortBy}
              order={params.order}
              onSort={onSort}
              page={params.page}
              pageSize={params.pageSize}
              onPageChange={(page) => update({ page })}
              onPageSizeChange={(pageSize) => update({ pageSize, page: 1 })}
              onViewPermissions={setViewing}
              onModify={isAdmin ? setModifying : undefined}
              onDelete={isAdmin ? (row) => void onDelete(row) : undefined}
              empty={
                params.search ? (
                  <EmptyState
                    title={t('empty.searchTitle', { search: params.search })}
                    description={t('empty.searchDescription')}
                    action={
                      <Button variant="default" leftSection={<IconX size={14} aria-hidden />} onClick={() => setSearchText('')}>
                        {t('empty.clearSearch')}
                      </Button>
                    }
                  />
                ) : (
                  <EmptyState title={t('empty.title')} description={t('empty.description')} action={isAdmin ? addButton : undefined} />
                )
              }
            />
          </>
        )}
        {forbidden ? (
          <Text size="sm" c="dimmed">
            {t('error.forbidden')}
          </Text>
        ) : null}
      </Stack>

      <Suspense fallback={null}>
        {isAdmin && adding ? <AddAuthorizationDrawer opened onClose={closeAdding} initialUser={prefill} /> : null}
        {viewing ? <ViewPermissionsModal row={viewing} onClose={() => setViewing(null)} /> : null}
        {isAdmin && modifying ? <ModifyAuthorizationModal row={modifying} onClose={() => setModifying(null)} /> : null}
      </Suspense>
    </PageLayout>
  );
}
