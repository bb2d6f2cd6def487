/** One server page of users: name (opens the user), type, description, created, Delete. */
import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '@/api/contracts/iam';
import { EntityTable, type EntityTableProps } from '../shared/entity-table';

export type UsersTableProps = EntityTableProps<User>;

export function UsersTable(props: UsersTableProps) {
  const { t } = useTranslation('iam');
  return (
    <EntityTable
      {...props}
      kind="users"
      renderName={(u, link) => (
        <Group gap="xs" wrap="nowrap">
          {link}
          {u.is_root ? <Badge variant="filled" color="dark" size="sm">{t('users.root')}</Badge> : null}
          {u.is_admin && !u.is_root ? <Badge variant="filled" color="orange.9" size="sm">{t('users.admin')}</Badge> : null}
        </Group>
      )}
      extraColumns={[{ key: 'type', header: t('users.type'), render: (u) => t(`users.types.${u.type}`) }]}
      isProtected={(u) => u.is_root}
    />
  );
}
