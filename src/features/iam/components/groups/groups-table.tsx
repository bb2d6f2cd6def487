/** One server page of user groups: name (opens the group), description, created, Delete. */
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Group } from '@/api/contracts/iam';
import { EntityTable, type EntityTableProps } from '../shared/entity-table';

export type GroupsTableProps = EntityTableProps<Group>;

export function GroupsTable(props: GroupsTableProps) {
  const { t } = useTranslation('iam');
  return (
    <EntityTable
      {...props}
      kind="groups"
      isProtected={(g) => g.name === 'admin'}
      protectedCell={
        <Text size="sm" c="dimmed">
          {t('groups.builtIn')}
        </Text>
      }
    />
  );
}
