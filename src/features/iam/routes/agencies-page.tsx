/**
 * Agencies (route /iam/agencies): every IAM agency with its delegated party, validity period,
 * description and the ModelArts authorizations (per region) that use it; search; Create Agency;
 * Modify; Delete (refused with the reason while an authorization uses it, offering to remove it).
 */
import { Button, TextInput } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Agency } from '@/api/contracts/iam';
import { useAgencies, useAgencyUsage, usesOf } from '@/api/resources/agencies';
import { ErrorAlert, PageLayout, useWorkspaceSearch } from '@/components';
import { AgenciesTable } from '../components/agencies/agencies-table';
import { AgencyFormModal } from '../components/agencies/agency-form-modal';
import { useDeleteAgencyFlow } from '../components/agencies/use-delete-agency';
import { paths } from '@/components/navigation/paths';

export default function AgenciesPage() {
  const { t } = useTranslation('iam');
  const navigate = useNavigate();
  const search = useWorkspaceSearch();
  const list = useAgencies();
  const usage = useAgencyUsage();
  const del = useDeleteAgencyFlow();
  const [needle, setNeedle] = useState('');
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [editing, setEditing] = useState<Agency | 'new' | null>(null);
  const rows = useMemo(() => {
    const q = needle.trim().toLowerCase();
    return (list.data ?? []).filter((a) => !q || a.name.toLowerCase().includes(q) || a.description.toLowerCase().includes(q));
  }, [list.data, needle]);
  const page = rows.slice((paging.page - 1) * paging.pageSize, paging.page * paging.pageSize);

  return (
    <PageLayout
      title={t('agencies.title')}
      description={t('agencies.intro')}
      actions={
        <Button variant="filled" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
          {t('agencies.create')}
        </Button>
      }
    >
      <TextInput
        label={t('agencies.search')}
        placeholder={t('agencies.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={needle}
        onChange={(e) => {
          setNeedle(e.currentTarget.value);
          setPaging((p) => ({ ...p, page: 1 }));
        }}
        maw={360}
      />
      {usage.isError ? <ErrorAlert error={usage.error} title={t('agencies.usageFailed')} onRetry={() => void usage.refetch()} /> : null}
      <AgenciesTable
        rows={page}
        total={rows.length}
        page={paging.page}
        pageSize={paging.pageSize}
        onPage={(p) => setPaging((s) => ({ ...s, page: p }))}
        onPageSize={(pageSize) => setPaging({ page: 1, pageSize })}
        loading={list.isFetching}
        error={list.isError ? list.error : null}
        onRetry={() => void list.refetch()}
        usage={usage.data}
        projects={usage.data?.projects ?? []}
        onModify={setEditing}
        onDelete={(a) => void del.run(a, usesOf(usage.data, a), usage.data?.projects ?? [])}
        deletingId={del.pendingId}
      />
      {editing ? (
        <AgencyFormModal
          agency={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={(a) => {
            if (editing === 'new') void navigate({ pathname: paths.agency(a.id), search });
          }}
        />
      ) : null}
    </PageLayout>
  );
}
