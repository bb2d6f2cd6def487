/**
 * Policies (route /iam/policies): system and custom policies with type, kind, description and
 * "used by"; search and filter; Create Policy opens the editor; custom policies open in the
 * editor and can be deleted (blocked while attached); system policies open a read-only view.
 */
import { Alert, Button } from '@mantine/core';
import { IconLock, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '@/api/client';
import type { Role } from '@/api/contracts/iam';
import { confirmConsequences, ErrorAlert, notifyError, notifySuccess, PageLayout, useWorkspaceSearch } from '@/components';
import { useDeleteRole, useRoles } from '@/api/resources/roles';
import { deletionAsCode } from '@/iam';
import { usePolicyHolderSources } from '@/api/resources/grants';
import { PoliciesTable } from '../components/list/policies-table';
import { PolicyFilters } from '../components/list/policy-filters';
import { HolderLinks } from '../components/list/holder-links';
import { holdersByRole, policyRows, type Holder, type PolicyFilter, type PolicyRow } from '../components/list/policy-rows';
import { SystemPolicyDrawer } from '../components/list/system-policy-drawer';
import { paths } from '@/components/navigation/paths';

export default function PoliciesPage() {
  const { t } = useTranslation('policies');
  const navigate = useNavigate();
  const search = useWorkspaceSearch();
  const roles = useRoles();
  const sources = usePolicyHolderSources();
  const del = useDeleteRole();
  const [filter, setFilter] = useState<PolicyFilter>({ search: '', catalog: 'all', kind: 'all' });
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [viewing, setViewing] = useState<Role | null>(null);
  const [blocked, setBlocked] = useState<{ name: string; message: string; holders?: Holder[] } | null>(null);

  const holders = useMemo(() => (sources.data ? holdersByRole(sources.data) : undefined), [sources.data]);
  const rows = useMemo(() => policyRows(roles.data ?? [], holders, filter), [roles.data, holders, filter]);

  const onDelete = async ({ role, holders: held }: PolicyRow) => {
    if (held.length > 0) {
      setBlocked({ name: role.display_name, message: t('delete.attachedTo', { name: role.display_name }), holders: held });
      return;
    }
    setBlocked(null);
    // Only a policy attached to nothing is deleted here; the preview shows that no one gains or loses (Delete waits for it).
    const ok = await confirmConsequences({
      title: t('delete.title', { name: role.display_name }),
      message: t('delete.body', { name: role.display_name }),
      confirmLabel: t('action.delete'),
      danger: true,
      mutation: { kind: 'deletePolicy', policyId: role.id },
      exportAs: (format) => deletionAsCode({ title: t('delete.title', { name: role.display_name }), kind: 'policy', id: role.id, name: role.display_name }, format),
    });
    if (!ok) return;
    del.mutate(role.id, {
      onSuccess: () => notifySuccess(t('delete.done', { name: role.display_name })),
      onError: (e) => {
        if (e instanceof ApiError && e.status === 409) {
          setBlocked({ name: role.display_name, message: e.message });
          void sources.refetch();
        } else notifyError(t('delete.failed', { name: role.display_name }), e);
      },
    });
  };

  return (
    <PageLayout
      title={t('title')}
      description={t('intro')}
      actions={
        <Button variant="filled" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => void navigate({ pathname: paths.newPolicy, search })}>
          {t('create')}
        </Button>
      }
    >
      <PolicyFilters
        filter={filter}
        onChange={(patch) => {
          setFilter((f) => ({ ...f, ...patch }));
          setPaging((p) => ({ ...p, page: 1 }));
        }}
      />
      {blocked ? (
        <Alert color="orange" variant="light" icon={<IconLock size={18} aria-hidden />} title={t('delete.blockedTitle', { name: blocked.name })} role="alert" withCloseButton closeButtonLabel={t('action.dismiss')} onClose={() => setBlocked(null)}>
          {blocked.message}
          {blocked.holders ? <HolderLinks holders={blocked.holders} /> : null}
        </Alert>
      ) : null}
      {sources.isError ? <ErrorAlert error={sources.error} title={t('usedBy.failed')} onRetry={() => void sources.refetch()} /> : null}
      <PoliciesTable
        rows={rows}
        holdersKnown={!!holders}
        page={paging.page}
        pageSize={paging.pageSize}
        onPage={(page) => setPaging((p) => ({ ...p, page }))}
        onPageSize={(pageSize) => setPaging({ page: 1, pageSize })}
        loading={roles.isFetching}
        error={roles.isError ? roles.error : null}
        onRetry={() => void roles.refetch()}
        onView={setViewing}
        onDelete={(r) => void onDelete(r)}
        deletingId={del.isPending ? (del.variables ?? null) : null}
      />
      <SystemPolicyDrawer role={viewing} onClose={() => setViewing(null)} />
    </PageLayout>
  );
}
