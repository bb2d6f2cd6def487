/** An agency's permissions: Name | Type | Description | Scope (View Permissions, and the expandable rows of Use existing). */
import { Alert, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '@/api/contracts/iam';
import { ErrorAlert } from '@/components';
import type { AgencyGrant } from '@/api/resources/grants';
import { roleDescription, roleKindLabel } from './role-display';

/** One policy of the agency with every scope it is granted in. */
export interface AgencyPolicy {
  roleId: string;
  grants: AgencyGrant[];
}

/** Groups grants by policy (a policy granted in two region projects is one permission). */
export function groupGrants(grants: AgencyGrant[]): AgencyPolicy[] {
  const byRole = new Map<string, AgencyGrant[]>();
  for (const g of grants) byRole.set(g.roleId, [...(byRole.get(g.roleId) ?? []), g]);
  return [...byRole].map(([roleId, list]) => ({ roleId, grants: list }));
}

/** "Global services" / "All resources" for the domain path; "Region-specific project: a, b" for projects. */
export function scopeLabels(policy: AgencyPolicy, role: Pick<Role, 'type'> | undefined, t: (k: string, o?: Record<string, string>) => string): string[] {
  const out: string[] = [];
  if (policy.grants.some((g) => g.scope.kind === 'all')) out.push(t('view.scopeAll'));
  const domain = policy.grants.find((g) => g.scope.kind === 'domain');
  if (domain) out.push((role?.type ?? domain.roleType) === 'AX' ? t('view.scopeGlobal') : t('view.scopeAll'));
  const projects = policy.grants.flatMap((g) => (g.scope.kind === 'project' ? [g.scope.project.name] : []));
  if (projects.length) out.push(t('view.scopeProject', { name: projects.join(', ') }));
  return out;
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
          {groupGrants(grants).map((p) => {
            const role = roles.get(p.roleId);
            const first = p.grants[0]!;
            return (
              <Table.Tr key={p.roleId}>
                <Table.Td>{role?.display_name ?? first.displayName ?? p.roleId}</Table.Td>
                <Table.Td>{roleKindLabel(role, t)}</Table.Td>
                <Table.Td>{role ? roleDescription(role, i18n.language) : (first.description ?? '')}</Table.Td>
                <Table.Td>
                  {scopeLabels(p, role, t).map((l) => (
                    <Text key={l} size="sm">
                      {l}
                    </Text>
                  ))}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
