/** An agency's permissions: Name | Type | Description | Scope (View Permissions, and the expandable rows of Use existing). */
import { Alert, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '@/api/contracts/iam';
import { ErrorAlert } from '@/components';
import type { AgencyGrant } from '../api/get-agency-grants';
import { roleDescription, roleKindLabel } from './role-display';

export function scopeLabel(grant: AgencyGrant, role: Pick<Role, 'type'> | undefined, t: (k: string, o?: Record<string, string>) => string): string {
  if (grant.scope.kind === 'project') return t('view.scopeProject', { name: grant.scope.project.name });
  return (role?.type ?? grant.roleType) === 'AX' ? t('view.scopeGlobal') : t('view.scopeAll');
}

export interface AgencyPermissionsTableProps {
  agencyName: string;
  grants: AgencyGrant[] | undefined;
  roles: Map<string, Role>;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  compact?: boolean;
}

export function AgencyPermissionsTable({ agencyName, grants, roles, loading, error, onRetry, compact }: AgencyPermissionsTableProps) {
  const { t, i18n } = useTranslation('global-config');
  if (error) return <ErrorAlert error={error} title={t('view.loadError')} onRetry={onRetry} />;
  if (loading || !grants)
    return (
      <Stack gap={6} aria-busy>
        <Skeleton height={14} />
        <Skeleton height={14} />
      </Stack>
    );
  if (grants.length === 0)
    return (
      <Alert color="gray" variant="light">
        <Text size="sm">{t('view.none')}</Text>
      </Alert>
    );
  return (
    <Table.ScrollContainer minWidth={compact ? 480 : 560}>
      <Table verticalSpacing={compact ? 4 : 'xs'} fz="sm" withTableBorder aria-label={t('view.tableLabel', { name: agencyName })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('view.name')}</Table.Th>
            <Table.Th scope="col">{t('view.type')}</Table.Th>
            <Table.Th scope="col">{t('view.description')}</Table.Th>
            <Table.Th scope="col">{t('view.scope')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {grants.map((g) => {
            const role = roles.get(g.roleId);
            const key = `${g.scope.kind === 'project' ? g.scope.project.id : 'domain'}:${g.roleId}`;
            return (
              <Table.Tr key={key}>
                <Table.Td>{role?.display_name ?? g.displayName ?? g.roleId}</Table.Td>
                <Table.Td>{roleKindLabel(role, t)}</Table.Td>
                <Table.Td>{role ? roleDescription(role, i18n.language) : (g.description ?? '')}</Table.Td>
                <Table.Td>{scopeLabel(g, role, t)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
