/** Routes /iam/policies/new and /iam/policies/:id: the policy editor, after loading the policy to edit. */
import { Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert, PageLayout } from '@/components';
import { useRole } from '@/api/resources/roles';
import { PolicyEditor } from '../components/editor/policy-editor';

export default function PolicyEditorPage() {
  // 'findings' and 'policies' (Attach to…) with the page: they would otherwise suspend it once more.
  const { t } = useTranslation(['policy-editor', 'findings', 'policies']);
  const { id } = useParams();
  const policyId = id === undefined || id === 'new' ? undefined : id;
  const role = useRole(policyId);

  if (policyId === undefined) return <PolicyEditor key="new" role={null} />;
  if (role.isPending) {
    return (
      <PageLayout title={t('title.loading')}>
        <Group gap="xs" role="status">
          <Loader size="sm" aria-hidden />
          <Text size="sm">{t('loading')}</Text>
        </Group>
      </PageLayout>
    );
  }
  if (role.isError) {
    return (
      <PageLayout title={t('title.loading')}>
        <ErrorAlert error={role.error} title={t('loadFailed')} onRetry={() => void role.refetch()} retrying={role.isFetching} />
      </PageLayout>
    );
  }
  return <PolicyEditor key={role.data.id} role={role.data} />;
}
