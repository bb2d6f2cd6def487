/**
 * An agency (route /iam/agencies/:agencyId), as IAM shows it: Basic Information (delegated party,
 * validity period, description, created, the authorizations that use it) with Modify and Delete,
 * and its Permissions by scope with Authorize / Remove.
 */
import { Anchor, Button, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '@/api/client';
import { useAgency, useAgencyUsage, usesOf } from '@/api/resources/agencies';
import { EmptyState, ErrorAlert, formatDateTime, PageLayout, useWorkspaceSearch } from '@/components';
import { AgencyFormModal } from '../components/agencies/agency-form-modal';
import { delegatedParty, usedByLabels, validityLabel } from '../components/agencies/agency-labels';
import { AgencyPermissions } from '../components/agencies/agency-permissions';
import { useDeleteAgencyFlow } from '../components/agencies/use-delete-agency';
import { paths } from '@/components/navigation/paths';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div" style={{ wordBreak: 'break-word' }}>
        {children}
      </Text>
    </Stack>
  );
}

export default function AgencyDetailPage() {
  const { t } = useTranslation('iam');
  const { agencyId = '' } = useParams();
  const search = useWorkspaceSearch();
  const navigate = useNavigate();
  const agency = useAgency(agencyId);
  const usage = useAgencyUsage();
  const [editing, setEditing] = useState(false);
  const del = useDeleteAgencyFlow(() => void navigate({ pathname: paths.agencies, search }));
  const a = agency.data;
  const uses = a ? usesOf(usage.data, a) : [];
  const usedBy = usedByLabels(uses, usage.data?.projects ?? [], t);
  const missing = agency.error instanceof ApiError && agency.error.status === 404;

  return (
    <PageLayout
      title={a ? t('agencies.detailNamed', { name: a.name }) : t('agencies.detailTitle')}
      actions={
        a ? (
          <Group gap="xs">
            <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
              {t('agencies.modify')}
            </Button>
            <Button variant="filled" color="red.8" leftSection={<IconTrash size={16} aria-hidden />} loading={del.pendingId === a.id} onClick={() => void del.run(a, uses, usage.data?.projects ?? [])}>
              {t('agencies.delete')}
            </Button>
          </Group>
        ) : null
      }
    >
      <Anchor component={Link} to={{ pathname: paths.agencies, search }} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('agencies.back')}
        </Group>
      </Anchor>
      {missing ? <EmptyState title={t('agencies.notFound')} description={t('agencies.notFoundHint')} /> : null}
      {agency.isError && !missing ? <ErrorAlert error={agency.error} title={t('agencies.loadFailed')} onRetry={() => void agency.refetch()} /> : null}
      {agency.isPending ? <Skeleton height={160} /> : null}
      {a ? (
        <>
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="agency-basic">
            <Title order={2} size="h4" id="agency-basic" mb="sm">
              {t('agencies.basic')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
              <Field label={t('agencies.name')}>{a.name}</Field>
              <Field label={t('agencies.delegate')}>{delegatedParty(a, t)}</Field>
              <Field label={t('agencies.validity')}>
                {validityLabel(a, t)}
                {a.expire_time ? ` (${t('agencies.expires', { time: formatDateTime(a.expire_time) })})` : ''}
              </Field>
              <Field label={t('form.description')}>{a.description || '—'}</Field>
              <Field label={t('users.created_time')}>{formatDateTime(a.create_time)}</Field>
              <Field label={t('agencies.usedBy')}>{usage.isPending ? '…' : usedBy.length > 0 ? usedBy.join(', ') : t('agencies.unused')}</Field>
            </SimpleGrid>
          </Paper>
          <Stack gap="sm" component="section" aria-labelledby="agency-permissions">
            <Title order={2} size="h4" id="agency-permissions">
              {t('agencies.permissions')}
            </Title>
            <AgencyPermissions agency={a} />
          </Stack>
          {editing ? <AgencyFormModal agency={a} onClose={() => setEditing(false)} /> : null}
        </>
      ) : null}
    </PageLayout>
  );
}
