/**
 * One server page of user groups: name (opens the group), description, created, and the IAM
 * console's operations Authorize | Modify | Delete (the built-in admin group has none).
 */
import { Button, Text } from '@mantine/core';
import { IconKey, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '@/api/contracts/iam';
import { EntityTable, type EntityTableProps } from '../shared/entity-table';
import { AuthorizeModal } from './authorize-modal';
import { ModifyGroupModal } from './modify-group-modal';

export type GroupsTableProps = EntityTableProps<Group>;

export function GroupsTable(props: GroupsTableProps) {
  const { t } = useTranslation('iam');
  const [authorizing, setAuthorizing] = useState<Group | null>(null);
  const [modifying, setModifying] = useState<Group | null>(null);
  return (
    <>
      <EntityTable
        {...props}
        kind="groups"
        isProtected={(g) => g.name === 'admin'}
        protectedCell={
          <Text size="sm" c="dimmed">
            {t('groups.builtIn')}
          </Text>
        }
        rowActions={(g) => (
          <>
            <Button size="xs" variant="subtle" leftSection={<IconKey size={14} aria-hidden />} onClick={() => setAuthorizing(g)} aria-label={t('groups.authorizeNamed', { name: g.name })}>
              {t('authorize.button')}
            </Button>
            <Button size="xs" variant="subtle" leftSection={<IconPencil size={14} aria-hidden />} onClick={() => setModifying(g)} aria-label={t('groups.modifyNamed', { name: g.name })}>
              {t('groups.modify')}
            </Button>
          </>
        )}
      />
      {authorizing ? <AuthorizeModal principal={{ type: 'group', id: authorizing.id, name: authorizing.name }} onClose={() => setAuthorizing(null)} /> : null}
      {modifying ? <ModifyGroupModal group={modifying} onClose={() => setModifying(null)} /> : null}
    </>
  );
}
