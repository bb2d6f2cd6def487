/**
 * One workspace (route /workspaces/:id): details with Edit / Delete / Switch to, its quotas and
 * who can use it. A missing workspace (or one deleted meanwhile) says so and links back.
 */
import { Alert, Anchor, Button, Group, Loader, Paper, Skeleton, Stack, Title } from '@mantine/core';
import { IconArrowLeft, IconCheck } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '@/api/client';
import { EmptyState, ErrorAlert, PageLayout, useSetWorkspaceId, useWorkspaceId, useWorkspaceSearch } from '@/components';
import { useWorkspace } from '@/api/resources/workspaces';
import { AccessPanel } from '../components/access-panel';
import classes from '../components/links.module.css';
import { OperationButtons } from '../components/operation-buttons';
import { QuotaPanel } from '../components/quota-panel';
import { WorkspaceDetails } from '../components/workspace-details';
import { WorkspaceFormModal } from '../components/workspace-form-modal';
import type { EditorTarget } from '../components/workspace-editor';
import { useDeleteWorkspaceFlow } from '../hooks/use-delete-workspace-flow';
import { paths } from '@/components/navigation/paths';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

export default function WorkspacePage() {
  // 'explanations' too: the access panel words the engine's explanations; loading it with the
  // page keeps the page from suspending again (a flash of the loader) when the panel renders.
  const { t } = useTranslation(['workspaces', 'explanations']);
  const { id = '' } = useParams();
  const search = useWorkspaceSearch();
  const navigate = useNavigate();
  const selected = useWorkspaceId();
  const select = useSetWorkspaceId();
  const workspace = useWorkspace(id);
  const [editing, setEditing] = useState<EditorTarget | null>(null);
  const del = useDeleteWorkspaceFlow(() => navigate({ pathname: paths.workspaces, search: selected === id ? '?workspace=0' : search }));
  const back = (
    <Anchor component={Link} to={{ pathname: paths.workspaces, search }} size="sm" className={classes.link}>
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {t('detail.back')}
      </Group>
    </Anchor>
  );

  if (workspace.isPending) {
    return (
      <PageLayout title={t('title')}>
        {back}
        <Skeleton height={240} />
      </PageLayout>
    );
  }
  if (workspace.isError) {
    const missing = workspace.error instanceof ApiError && workspace.error.status === 404;
    return (
      <PageLayout title={t('title')}>
        {back}
        {missing ? (
          <EmptyState title={t('error.notFound')} />
        ) : (
          <ErrorAlert error={workspace.error} title={t('error.loadOne')} onRetry={() => void workspace.refetch()} retrying={workspace.isFetching} />
        )}
      </PageLayout>
    );
  }
  const w = workspace.data;
  const deleting = w.status === 'DELETING';
  return (
    <PageLayout
      title={w.name}
      description={t(`authTypeHelp.${w.auth_type}`)}
      actions={
        <Group gap="sm">
          {selected === w.id ? (
            <Button variant="default" leftSection={<IconCheck size={16} aria-hidden />} disabled>
              {t('action.current')}
            </Button>
          ) : (
            <Button variant="default" onClick={() => select(w.id)} disabled={deleting}>
              {t('action.switchTo')}
            </Button>
          )}
          <OperationButtons workspace={w} onEdit={(x) => setEditing({ kind: 'edit', workspace: x })} onDelete={(x) => void del.start(x)} deleting={del.pendingId === w.id} size="sm" />
        </Group>
      }
    >
      {back}
      {deleting ? (
        <Alert color="orange" variant="light" icon={<Loader size={16} color="orange" aria-hidden />} title={t('status.DELETING')} role="status">
          {t('detail.deleting')}
        </Alert>
      ) : null}
      {del.failure ? <ErrorAlert error={del.failure.error} title={t('delete.failed', { name: w.name })} onRetry={del.retry} /> : null}
      <Section id="ws-details" title={t('detail.details')}>
        <WorkspaceDetails workspace={w} />
      </Section>
      <Section id="ws-quotas" title={t('quotas.title')}>
        <QuotaPanel workspaceId={w.id} readOnly={deleting} />
      </Section>
      <Section id="ws-access" title={t('access.title')}>
        <AccessPanel workspaceId={w.id} />
      </Section>
      <WorkspaceFormModal target={editing} onClose={() => setEditing(null)} />
    </PageLayout>
  );
}
