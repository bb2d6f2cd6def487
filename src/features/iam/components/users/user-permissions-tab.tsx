/**
 * A user's effective permissions: every policy from their groups with its scope, and the engine's
 * verdict for common actions in the current region and workspace (snapshot built from the APIs).
 */
import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '@/api/contracts/iam';
import { ErrorAlert, useSession, useWorkspaceId } from '@/components';
import type { Snapshot } from '@/iam';
import { useUserOrgSnapshot } from '@/api/resources/org-snapshot';
import { commonVerdicts, effectivePolicies } from '../../lib/effective-permissions';
import { CommonVerdicts } from './common-verdicts';
import { EffectivePoliciesTable } from './effective-policies-table';

export function UserPermissionsTab({ user }: { user: User }) {
  const { t } = useTranslation('iam');
  const { projectId } = useSession();
  const workspaceId = useWorkspaceId();
  const org = useUserOrgSnapshot<Snapshot>(user.id);
  const snapshot: Snapshot | undefined = org.data;
  const view = useMemo(
    () =>
      snapshot
        ? { policies: effectivePolicies(snapshot, user.id), verdicts: commonVerdicts(snapshot, user.id, { projectId, workspaceId }) }
        : null,
    [snapshot, user.id, projectId, workspaceId],
  );

  if (org.isError) return <ErrorAlert error={org.error} title={t('permissions.loadFailed')} onRetry={() => void org.refetch()} />;
  if (!snapshot || !view) {
    return (
      <Stack align="center" py="xl" role="status">
        <Loader aria-hidden />
        <Text size="sm">{t('permissions.loading')}</Text>
      </Stack>
    );
  }
  const region = snapshot.projects.find((p) => p.id === projectId)?.name ?? projectId;
  const workspace = snapshot.workspaces.find((w) => w.id === workspaceId)?.name ?? workspaceId;
  return (
    <Stack gap="lg">
      {user.is_root || user.is_admin ? (
        <Alert variant="light" color="blue" title={user.is_root ? t('permissions.rootTitle') : t('permissions.adminTitle')}>
          {user.is_root ? t('permissions.rootBody') : t('permissions.adminBody')}
        </Alert>
      ) : null}
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('permissions.policiesTitle')}
        </Title>
        <EffectivePoliciesTable rows={view.policies} />
      </Stack>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('permissions.verdictsTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('permissions.context', { region, workspace, mode: t(`permissions.mode.${snapshot.authMode}`) })}
        </Text>
        <CommonVerdicts verdicts={view.verdicts} />
      </Stack>
    </Stack>
  );
}
