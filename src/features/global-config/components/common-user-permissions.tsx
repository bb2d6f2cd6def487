/**
 * The Common User preset: ModelArts CommonOperations, Tenant Administrator, OBS Administrator,
 * ECS FullAccess, SWR Administrator — Policy | Module | Description, Tenant Administrator
 * flagged as high privilege.
 */
import { Alert, Badge, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@/api/contracts/iam';
import { COMMON_USER_POLICY_IDS, findSystemPolicy } from '@/iam/catalog';
import { isHighPrivilege, roleDescription, roleKindLabel, roleModule } from './role-display';

/** The preset's roles as the account's role list has them (by id, else by display name). */
export function resolveCommonUserRoles(roles: Role[]): { found: Role[]; missing: string[] } {
  const found: Role[] = [];
  const missing: string[] = [];
  for (const id of COMMON_USER_POLICY_IDS) {
    const name = findSystemPolicy(id)?.name ?? id;
    const role = roles.find((r) => r.id === id) ?? roles.find((r) => r.catalog === 'system' && r.display_name === name);
    if (role) found.push(role);
    else missing.push(name);
  }
  return { found, missing };
}

export function CommonUserPermissions({ roles }: { roles: Role[] }) {
  const { t, i18n } = useTranslation('global-config');
  const { found, missing } = resolveCommonUserRoles(roles);
  const hasHigh = found.some(isHighPrivilege);
  const labels = {
    allServices: t('common.allServices'),
    allExceptIam: t('common.allExceptIam'),
    more: (list: string, count: number) => t('common.more', { list, count }),
  };
  return (
    <>
      <Table.ScrollContainer minWidth={480}>
        <Table verticalSpacing={6} fz="sm" withTableBorder aria-label={t('common.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('common.policy')}</Table.Th>
              <Table.Th scope="col">{t('common.module')}</Table.Th>
              <Table.Th scope="col">{t('common.description')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {found.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <Text size="sm">{r.display_name}</Text>
                  {isHighPrivilege(r) ? (
                    <Badge color="red" variant="filled" size="sm" my={2}>
                      {t('common.highPrivilege')}
                    </Badge>
                  ) : null}
                  <Text size="xs" c="dimmed">
                    {roleKindLabel(r, t)}
                  </Text>
                </Table.Td>
                <Table.Td>{roleModule(r, labels, i18n.language)}</Table.Td>
                <Table.Td>{roleDescription(r, i18n.language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {hasHigh ? (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />} py="xs">
          <Text size="sm">{t('common.highPrivilegeHint')}</Text>
        </Alert>
      ) : null}
      {missing.length > 0 ? (
        <Alert color="red" variant="light">
          <Text size="sm">{t('common.missing', { names: missing.join(', ') })}</Text>
        </Alert>
      ) : null}
    </>
  );
}
