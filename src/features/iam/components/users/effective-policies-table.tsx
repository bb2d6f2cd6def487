/** Every policy a user holds through their groups: policy, type, group, scope. */
import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, useWorkspaceSearch } from '@/components';
import type { EffectivePolicy } from '../../lib/effective-permissions';
import { ScopeText } from '../shared/scope-text';
import { paths } from '@/components/navigation/paths';

export function EffectivePoliciesTable({ rows }: { rows: EffectivePolicy[] }) {
  const { t } = useTranslation('iam');
  const search = useWorkspaceSearch();
  if (rows.length === 0) return <EmptyState title={t('permissions.none')} description={t('permissions.noneHint')} />;
  return (
    <Table aria-label={t('permissions.policiesTable')} verticalSpacing="sm" striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('permissions.policy')}</Table.Th>
          <Table.Th scope="col">{t('permissions.policyType')}</Table.Th>
          <Table.Th scope="col">{t('permissions.source')}</Table.Th>
          <Table.Th scope="col">{t('permissions.scope')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.key}>
            <Table.Td>{r.policyName}</Table.Td>
            <Table.Td>{t(`policyType.${r.policyType}`)}</Table.Td>
            <Table.Td>
              <Anchor component={Link} to={{ pathname: paths.group(r.groupId), search }}>
                {t('permissions.viaGroup', { name: r.groupName })}
              </Anchor>
            </Table.Td>
            <Table.Td>
              <ScopeText scope={r.scope} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
