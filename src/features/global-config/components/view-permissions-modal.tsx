/**
 * View Permissions: Authorized To, Agency Name, "<N> permissions" and the agency's policies
 * (Name | Type | Description | Scope), read from the agency grant APIs.
 */
import { Alert, Anchor, Button, Group, Modal, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Authorization } from '@/api/contracts/modelarts';
import { Link } from 'react-router';
import { ErrorAlert, useWorkspaceSearch } from '@/components';
import { useAgencies } from '@/api/resources/agencies';
import { useAgencyGrants } from '@/api/resources/grants';
import { useRoles } from '@/api/resources/roles';
import { AgencyPermissionsTable, groupGrants } from './agency-permissions-table';
import { authorizedToLabel } from './labels';
import { paths } from '@/components/navigation/paths';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="sm" component="div" style={{ wordBreak: 'break-all' }}>
        {children}
      </Text>
    </Stack>
  );
}

export function ViewPermissionsModal({ row, onClose }: { row: Authorization | null; onClose: () => void }) {
  const { t } = useTranslation('global-config');
  const isAgency = row?.type === 'agency';
  const agencies = useAgencies({ enabled: !!row && isAgency });
  const roles = useRoles({ enabled: !!row && isAgency });
  const agency = agencies.data?.find((a) => a.name === row?.content);
  const grants = useAgencyGrants(agency?.id);
  const search = useWorkspaceSearch();
  const roleMap = useMemo(() => new Map((roles.data ?? []).map((r) => [r.id, r])), [roles.data]);

  return (
    <Modal opened={row !== null} onClose={onClose} title={t('view.title')} size="xl" centered>
      {row ? (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Field label={t('view.authorizedTo')}>{authorizedToLabel(row, t)}</Field>
            <Field label={t('view.agencyName')}>{isAgency ? row.content : '—'}</Field>
            <Field label={t('view.agencyPermission')}>
              {grants.data ? t('view.count', { count: groupGrants(grants.data).length }) : isAgency && agency ? <Skeleton height={12} width={100} mt={4} /> : '—'}
              {agency ? (
                <>
                  {' '}
                  <Anchor component={Link} to={{ pathname: paths.agency(agency.id), search }} size="sm" onClick={onClose}>
                    {t('view.modifyInIam')}
                  </Anchor>
                </>
              ) : null}
            </Field>
          </SimpleGrid>
          {!isAgency ? (
            <Alert color="gray" variant="light">
              <Text size="sm">{t('view.credential', { ak: row.content })}</Text>
            </Alert>
          ) : agencies.isError ? (
            <ErrorAlert error={agencies.error} title={t('view.loadError')} onRetry={() => void agencies.refetch()} />
          ) : agencies.isPending ? (
            <Skeleton height={60} />
          ) : !agency ? (
            <Alert color="yellow" variant="light">
              <Text size="sm">{t('view.missing', { name: row.content })}</Text>
            </Alert>
          ) : (
            <AgencyPermissionsTable
              agencyName={agency.name}
              grants={grants.data}
              roles={roleMap}
              loading={grants.isPending || roles.isPending}
              error={grants.error ?? roles.error}
              onRetry={() => {
                void grants.refetch();
                void roles.refetch();
              }}
            />
          )}
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('action.ok')}</Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
