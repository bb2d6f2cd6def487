/**
 * An agency's permissions by scope (All resources, Global services, each region project): one row
 * per policy and scope with Remove; Authorize opens the same two-step dialog as a user group's.
 */
import { Button, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { IconShieldPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency } from '@/api/contracts/iam';
import { useAgencyGrants, useRevokeAgencyRole, type AgencyGrant, type AgencyRoleGrant } from '@/api/resources/grants';
import { useRoles } from '@/api/resources/roles';
import { confirmAction, EmptyState, ErrorAlert, notifyError, notifySuccess } from '@/components';
import { isGlobalRole } from '@/components/grant/scope';
import { AuthorizeModal } from '../groups/authorize-modal';

const targetOf = (g: AgencyGrant): AgencyRoleGrant['target'] =>
  g.scope.kind === 'all' ? { kind: 'all' } : g.scope.kind === 'domain' ? { kind: 'global' } : { kind: 'project', projectId: g.scope.project.id };

export function AgencyPermissions({ agency }: { agency: Agency }) {
  const { t } = useTranslation('iam');
  const grants = useAgencyGrants(agency.id);
  const roles = useRoles();
  const revoke = useRevokeAgencyRole(agency.id);
  const [authorizing, setAuthorizing] = useState(false);
  const roleById = new Map((roles.data ?? []).map((r) => [r.id, r]));
  const nameOf = (g: AgencyGrant) => roleById.get(g.roleId)?.display_name ?? g.displayName ?? g.roleId;
  const scopeOf = (g: AgencyGrant) => {
    if (g.scope.kind === 'all') return t('scope.all');
    if (g.scope.kind === 'project') return t('scope.projectNamed', { name: g.scope.project.name });
    const role = roleById.get(g.roleId);
    return role && !isGlobalRole(role) ? t('scope.all') : t('scope.global');
  };

  const onRemove = async (g: AgencyGrant) => {
    const policy = nameOf(g);
    const ok = await confirmAction({
      title: t('grants.removeTitle', { policy }),
      message: t('agencies.removeGrantBody', { policy, agency: agency.name, scope: scopeOf(g) }),
      confirmLabel: t('grants.remove'),
      danger: true,
    });
    if (!ok) return;
    revoke.mutate(
      { roleId: g.roleId, target: targetOf(g) },
      {
        onSuccess: () => notifySuccess(t('grants.removed', { policy })),
        onError: (e) => notifyError(t('grants.removeFailed', { policy }), e),
      },
    );
  };

  const rows = grants.data ?? [];
  return (
    <Stack gap="md">
      <Group>
        <Button variant="filled" leftSection={<IconShieldPlus size={16} aria-hidden />} onClick={() => setAuthorizing(true)}>
          {t('authorize.button')}
        </Button>
      </Group>
      {grants.isError ? <ErrorAlert error={grants.error} title={t('grants.loadFailed')} onRetry={() => void grants.refetch()} /> : null}
      {grants.isPending ? <Skeleton height={80} /> : null}
      {grants.data && rows.length === 0 ? <EmptyState title={t('agencies.noPermissions')} description={t('agencies.noPermissionsHint')} /> : null}
      {rows.length > 0 ? (
        <Table aria-label={t('agencies.permissionsTable', { name: agency.name })} striped verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('permissions.policy')}</Table.Th>
              <Table.Th scope="col">{t('authorize.kind')}</Table.Th>
              <Table.Th scope="col">{t('form.description')}</Table.Th>
              <Table.Th scope="col">{t('permissions.scope')}</Table.Th>
              <Table.Th scope="col">{t('action.operation')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((g) => {
              const role = roleById.get(g.roleId);
              const key = `${g.roleId}:${g.scope.kind}:${g.scope.kind === 'project' ? g.scope.project.id : ''}`;
              return (
                <Table.Tr key={key}>
                  <Table.Td>{nameOf(g)}</Table.Td>
                  <Table.Td>{role ? t(isGlobalRole(role) ? 'kind.global' : 'kind.project') : '—'}</Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={2}>
                      {role?.description ?? g.description ?? ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>{scopeOf(g)}</Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="subtle" color="red.8" onClick={() => void onRemove(g)} aria-label={t('agencies.removeGrantNamed', { policy: nameOf(g), scope: scopeOf(g) })}>
                      {t('grants.remove')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      ) : null}
      {authorizing ? <AuthorizeModal principal={{ type: 'agency', id: agency.id, name: agency.name }} onClose={() => setAuthorizing(false)} /> : null}
    </Stack>
  );
}
